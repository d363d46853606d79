-- Tabs a community's admins chose to hide from its page.
create table community_hidden_tab (
    community_id bigint not null references community (id) on delete cascade,
    tab varchar(20) not null,
    primary key (community_id, tab)
);
