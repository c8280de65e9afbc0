-- Issue 24: the byte columns written on every command or processor commit are stored inline with their rows
-- instead of as H2 large objects. A large object beyond a few hundred bytes lives in H2's separate LOB maps: one more
-- set of pages written at each commit, copied at each read, and deleted by a cleaner thread when a token is
-- replaced. The bytes are the same (PostgreSQL's bytea has always kept them inline); a value may still hold up to
-- 1,000,000,000 bytes.
ALTER TABLE domain_event_entry ALTER COLUMN payload SET DATA TYPE BINARY VARYING;
ALTER TABLE domain_event_entry ALTER COLUMN meta_data SET DATA TYPE BINARY VARYING;
ALTER TABLE snapshot_event_entry ALTER COLUMN payload SET DATA TYPE BINARY VARYING;
ALTER TABLE snapshot_event_entry ALTER COLUMN meta_data SET DATA TYPE BINARY VARYING;
ALTER TABLE token_entry ALTER COLUMN token SET DATA TYPE BINARY VARYING;
ALTER TABLE scheduled_tasks ALTER COLUMN task_data SET DATA TYPE BINARY VARYING;
ALTER TABLE idempotency_key ALTER COLUMN body SET DATA TYPE BINARY VARYING;
