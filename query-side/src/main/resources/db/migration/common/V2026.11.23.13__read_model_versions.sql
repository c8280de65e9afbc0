-- How far each read model has got with each visit: the sequence number of the visit's last event it applied.
-- Read-your-writes (X-Min-Version) waits on version; events_seen counts the visit's events applied, so
-- that a skipped event (architecture.md: JPA gap skipping) shows as events_seen < the store's count.
create table read_model_version (
    processing_group varchar(100) not null,
    visit_id varchar(100) not null,
    version bigint not null,
    events_seen bigint not null,
    primary key (processing_group, visit_id)
);
