-- The visit-summary read model (GET /api/visits/{id}); version is the last event sequence applied.
create table visit_summary (
    visit_id varchar(100) not null primary key,
    visit_type varchar(40) not null,
    rulebook_version varchar(20) not null,
    status varchar(40) not null,
    provider_urn varchar(50) not null,
    provider_name varchar(200) not null,
    provider_local_authority varchar(200) not null,
    provider_region varchar(200) not null,
    lead_inspector varchar(200) not null,
    announced_at timestamp(6) with time zone not null,
    visit_ended_on date,
    serious_concerns boolean,
    version bigint not null
);
create index visit_summary_status on visit_summary (status);
