-- Tamper evidence (issue 23, docs/integrity.md). Both sides run this folder; BYTEA is PostgreSQL's binary type and an
-- H2 alias of VARBINARY.

-- The hash chain: for each stored event, the SHA-256 of its canonical form and of the previous event's hash, written
-- in the transaction that stores the event. Never updated.
CREATE TABLE event_hash (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number BIGINT NOT NULL,
    event_hash BYTEA NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- A checkpoint: the head (last sequence and hash) of every chain once the whole store verified, in one row that is
-- hash-linked to the previous checkpoint and signed with a key held outside the database. made_at is ISO-8601 text
-- because it is hashed as written.
CREATE TABLE integrity_checkpoint (
    checkpoint_id BIGINT NOT NULL,
    made_at VARCHAR(64) NOT NULL,
    made_by VARCHAR(255) NOT NULL,
    chains BIGINT NOT NULL,
    events BIGINT NOT NULL,
    heads BYTEA NOT NULL,
    heads_hash BYTEA NOT NULL,
    previous_hash BYTEA,
    checkpoint_hash BYTEA NOT NULL,
    signature BYTEA NOT NULL,
    PRIMARY KEY (checkpoint_id)
);

-- Each verification of the whole store: who asked, its progress while it runs, and its result.
CREATE TABLE integrity_verification (
    verification_id VARCHAR(36) NOT NULL,
    requested_by VARCHAR(255) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    status VARCHAR(16) NOT NULL,
    checkpoint_requested BOOLEAN NOT NULL,
    checked_against BIGINT,
    checkpoint_made BIGINT,
    events_total BIGINT NOT NULL,
    events_verified BIGINT NOT NULL,
    chains_verified BIGINT NOT NULL,
    chains_broken BIGINT NOT NULL,
    broken BYTEA,
    PRIMARY KEY (verification_id)
);
CREATE INDEX integrity_verification_requested ON integrity_verification (requested_at);
