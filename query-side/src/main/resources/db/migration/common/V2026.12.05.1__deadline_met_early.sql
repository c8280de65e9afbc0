-- A deadline met before its window opened (DeadlineMet revision 2, early: a monitoring visit announced before its
-- 6-8 week window): shown as MET_EARLY, not on time. Rows of earlier events were never early.
alter table deadline_row add column early boolean;
