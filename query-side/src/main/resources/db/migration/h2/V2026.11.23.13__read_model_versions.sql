-- How far each read model has got with each visit: the sequence number of the visit's last event it applied.
-- Read-your-writes (X-Min-Version) waits on this.
create table read_model_version (
    processing_group varchar(100) not null,
    visit_id varchar(100) not null,
    version bigint not null,
    primary key (processing_group, visit_id)
);
