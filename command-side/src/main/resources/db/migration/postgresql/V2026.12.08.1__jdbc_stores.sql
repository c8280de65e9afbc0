-- Issue 24: Axon's JDBC storage engine replaces its JPA one on the same table. It leaves the event's global index
-- to the database, which takes it from the sequence the JPA mapping used, still one at a time, so that events are
-- indexed in the order they commit.
ALTER TABLE domain_event_entry ALTER COLUMN global_index SET DEFAULT nextval('global_index_seq');
-- The table of Axon's JPA dead-letter entity, never written: the read models' queue is the dead_letter table.
-- (saga_entry and association_value_entry stay as older builds left them: see docs/architecture.md, "Processes".)
DROP TABLE dead_letter_entry;
