-- The deadline-dashboard read model (GET /api/deadlines, /summary, /api/analytics/timeliness).
-- state is what the events say (OPEN, MET, MISSED, CANCELLED); the shown status (DUE_SOON, OVERDUE, ...)
-- is computed when read, so an overdue deadline shows as overdue with no new event having happened.
create table deadline_row (
    visit_id varchar(100) not null,
    deadline_id varchar(150) not null,
    code varchar(40) not null,
    owner varchar(40) not null,
    due_at timestamp(6) with time zone not null,
    state varchar(20) not null,
    met_at timestamp(6) with time zone,
    late boolean,
    visit_type varchar(40) not null,
    region varchar(200) not null,
    primary key (visit_id, deadline_id)
);
create index deadline_row_due on deadline_row (due_at);
create index deadline_row_code on deadline_row (code, state);

-- What the dashboard needs to know of each visit, kept by the same projection so that it never depends
-- on another read model's progress.
create table deadline_visit (
    visit_id varchar(100) not null primary key,
    visit_type varchar(40) not null,
    region varchar(200) not null
);
