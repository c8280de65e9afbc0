-- Which query-side instances run each read model's processor (issue 5, "Several query sides"): SegmentBalancer
-- gives each a fair share of the segments by their number. Each instance refreshes its rows every few seconds and
-- deletes them as it stops; seen_at is always the database's clock, so the instances' clocks need not agree.
create table read_model_instance (
    read_model varchar(100) not null,
    node_id varchar(200) not null,
    seen_at timestamp(6) with time zone not null,
    primary key (read_model, node_id)
);
