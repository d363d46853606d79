-- The moderation log is append-only, whatever the code above it does.
create trigger moderation_log_no_update_or_delete before update, delete on moderation_log
    for each row call 'org.praxis.moderation.internal.AppendOnlyTrigger';
