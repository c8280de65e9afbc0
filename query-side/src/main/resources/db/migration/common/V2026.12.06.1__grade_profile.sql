-- The grade-profile read model (GET /api/analytics/grade-profile): the graded judgements of LA inspections.
-- One row per LA inspection, with when its grades became final (the final report) and public (publication).
create table grade_profile_inspection (
    visit_id varchar(100) not null primary key,
    provider_urn varchar(50) not null,
    provider_name varchar(500) not null,
    local_authority varchar(500) not null,
    region varchar(500) not null,
    announced_at timestamp(6) with time zone not null,
    final_report_sent_at timestamp(6) with time zone,
    published_at timestamp(6) with time zone
);
create index grade_profile_inspection_provider on grade_profile_inspection (provider_urn);
-- One row per graded area of each element: the grade that stands, the inspector's own, and how limits bore on it.
create table grade_profile (
    visit_id varchar(100) not null,
    element varchar(50) not null,
    area varchar(50) not null,
    proposed_grade varchar(20) not null,
    grade varchar(20) not null,
    limited boolean not null,
    overridden boolean not null,
    override_rationale varchar(20000),
    version bigint not null,
    primary key (visit_id, element, area)
);
