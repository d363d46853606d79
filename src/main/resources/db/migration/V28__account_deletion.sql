-- A deleted account stays as a tombstone row, because content keeps pointing at its author
-- (shown as "Former member"). Its personal fields are scrubbed; the e-mail becomes a unique,
-- undeliverable placeholder, so the real address is free to sign up again.
alter table account add column deleted_at timestamp with time zone;
