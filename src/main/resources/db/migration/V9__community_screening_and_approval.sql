-- Screening questions of approval communities, and the answers kept with each join request
-- (with the question as it was asked, so later edits do not change past answers).
create table community_screening_question (
    community_id bigint not null references community (id) on delete cascade,
    position int not null,
    question varchar(300) not null,
    primary key (community_id, position)
);

create table join_request_answer (
    join_request_id bigint not null references join_request (id) on delete cascade,
    position int not null,
    question varchar(300) not null,
    answer varchar(1000) not null,
    primary key (join_request_id, position)
);

-- Invitations to a platform user picked by name are stored against the account only: the
-- inviter never learns the person's e-mail address.
alter table invitation alter column email drop not null;
alter table invitation add constraint invitation_addressee check (email is not null or account_id is not null);

-- Staff approval of new communities: existing communities are approved.
alter table community add column staff_approval varchar(20) default 'APPROVED' not null;
alter table community add column staff_decision_reason varchar(500);
create index community_staff_approval_ix on community (staff_approval, created_at);

-- Platform-wide settings staff change on their pages (for now: new communities need approval).
create table platform_setting (
    setting_name varchar(100) primary key,
    setting_value varchar(500) not null,
    updated_by bigint references account (id),
    updated_at timestamp with time zone not null
);
