-- The concept note: overview, purpose, engagement strategy and its activity calendar.
alter table community add column concept_overview varchar(10000);
alter table community add column concept_purpose varchar(10000);
alter table community add column concept_engagement varchar(10000);

create table community_activity (
    community_id bigint not null references community (id) on delete cascade,
    position int not null,
    period varchar(100) not null,
    activities varchar(1000) not null,
    primary key (community_id, position)
);
