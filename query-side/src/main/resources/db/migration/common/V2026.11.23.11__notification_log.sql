-- The notification-log read model (GET /api/notifications): one row per required notification.
create table notification_log (
    visit_id varchar(100) not null,
    notification_id varchar(50) not null,
    recipient varchar(500) not null,
    channel varchar(30) not null,
    purpose varchar(1000) not null,
    due_at timestamp(6) with time zone not null,
    required_at timestamp(6) with time zone not null,
    sent_at timestamp(6) with time zone,
    confirmed_at timestamp(6) with time zone,
    primary key (visit_id, notification_id)
);
create index notification_log_due on notification_log (due_at);
create index visit_summary_announced on visit_summary (announced_at);
