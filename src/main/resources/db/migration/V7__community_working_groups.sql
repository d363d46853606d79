-- A working group is a community inside another one (one level deep).
alter table community add column parent_id bigint references community (id) on delete cascade;
create index community_parent_ix on community (parent_id);
