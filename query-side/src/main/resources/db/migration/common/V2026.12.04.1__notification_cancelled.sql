-- A notification not yet sent when its visit ended by a side exit is cancelled (NotificationCancelled).
alter table notification_log add column cancelled_at timestamp(6) with time zone;
