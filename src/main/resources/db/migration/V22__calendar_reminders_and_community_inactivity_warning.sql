-- Reminders of calendar events: the start of the occurrence that was last given its 24-hour
-- (day) and its 1-hour (hour) reminder. A repeating event is one row, so keeping which
-- occurrence was reminded (rather than a flag) reminds each occurrence once.
alter table calendar_event add column day_reminder_for timestamp with time zone;
alter table calendar_event add column hour_reminder_for timestamp with time zone;
create index calendar_event_reminder_idx on calendar_event (status, last_ends_at);

-- When admins were last warned that their community is about to become inactive; a warning
-- counts only while it is later than the community's last activity.
alter table community add column inactivity_warned_at timestamp with time zone;
