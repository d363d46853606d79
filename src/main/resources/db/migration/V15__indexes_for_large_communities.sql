-- Indexes that large communities need (found on the generated L dataset: a community of 25,000
-- members, threads of 5,000 comments, a million comments in all).

-- The first comment of a thread after a given one ("N new comments since your last visit").
-- Without it PostgreSQL walked the primary key of every comment of the platform, filtering on
-- the thread (390 ms).
create index discussion_comment_thread_ix on discussion_comment (discussion_id, id);

-- A community's admins (shown beside every page of it): without it, all its memberships were
-- read to find them (25,000 rows).
create index membership_role_ix on membership (community_id, role);

-- Reactions of the comments on a page, by comment: looked up within the discussion, a page of a
-- 5,000-comment thread read all the thread's reactions (3,400 rows, for 50 comments).
create index discussion_reaction_comment_ix on discussion_reaction (comment_id);

-- The Discussions and Announcements tab counters, counted from the index alone (H2 has no
-- partial indexes, so removed_at is a column of it rather than its condition).
create index discussion_count_ix on discussion (community_id, kind, removed_at, members_only);
