-- The first comment of a thread after a given one ("N new comments since your last visit") is
-- found in this index. Without it PostgreSQL walked the primary key of every comment of the
-- platform, filtering on the thread (390 ms on a million comments).
create index discussion_comment_thread_ix on discussion_comment (discussion_id, id);
