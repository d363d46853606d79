-- A member's secret for their private feed addresses; stored hashed, replaced to revoke.
create table discussion_feed_token (
    account_id bigint primary key references account (id) on delete cascade,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    constraint discussion_feed_token_hash_uq unique (token_hash)
);
