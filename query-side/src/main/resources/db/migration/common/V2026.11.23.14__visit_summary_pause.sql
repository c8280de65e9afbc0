-- A paused visit resumes in the status it was paused in (ANNOUNCED or ON_SITE).
alter table visit_summary add column paused_in varchar(40);
