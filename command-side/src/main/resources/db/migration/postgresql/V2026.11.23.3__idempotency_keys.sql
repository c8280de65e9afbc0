-- api.md "Idempotency": the first answer under each user's key, kept at least 24 hours.
-- A row with a null status is a reservation: its first request is still running.
create table idempotency_key (
    principal varchar(200) not null,
    idem_key varchar(200) not null,
    fingerprint varchar(64) not null,
    status int,
    content_type varchar(200),
    etag varchar(50),
    location varchar(2000),
    body bytea,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    primary key (principal, idem_key)
);
create index idempotency_key_expiry on idempotency_key (expires_at);
