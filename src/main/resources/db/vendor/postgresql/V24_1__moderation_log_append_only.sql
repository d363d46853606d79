-- The moderation log is append-only, whatever the code above it does.
create function moderation_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'moderation_log is append-only';
end
$$;
create trigger moderation_log_no_update_or_delete before update or delete on moderation_log
    for each row execute function moderation_log_refuse_change();
create trigger moderation_log_no_truncate before truncate on moderation_log
    for each statement execute function moderation_log_refuse_change();
