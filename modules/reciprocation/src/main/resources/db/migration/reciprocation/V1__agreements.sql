-- The reciprocation module's own schema. Other modules' records are referred to by id only.
create schema if not exists reciprocation;

-- Organisation names, kept from identity's OrganisationRegistered events (read model).
create table reciprocation.organisation (
    id    uuid primary key,
    name  varchar(200) not null
);

-- Institution leads (per organisation) and programme team members, kept from identity's RoleGranted /
-- RoleRevoked events: who may accept for an institution, and who can be made responsible for an item.
create table reciprocation.person_role (
    person_id        uuid         not null,
    role             varchar(30)  not null check (role in ('INSTITUTION_LEAD', 'PROGRAMME_TEAM')),
    organisation_id  uuid         not null,
    full_name        varchar(200) not null,
    primary key (person_id, role)
);
create index person_role_organisation on reciprocation.person_role (organisation_id, role);

-- An agreement between the programme team and an institution: a plan of action (support items) and
-- a reciprocation (what the institution gives back). Drafted from a completed needs assessment.
create table reciprocation.agreement (
    id                 uuid primary key,
    assessment_id      uuid         not null unique,  -- assessment's id: one agreement per assessment
    request_id         uuid         not null,         -- requests' support request
    organisation_id    uuid         not null,         -- identity's organisation
    organisation_name  varchar(200) not null,
    title              varchar(200) not null,
    timeline_start     date         not null,
    status             varchar(20)  not null default 'DRAFT'
                           check (status in ('DRAFT', 'PROPOSED', 'ACCEPTED', 'FULFILLED')),
    proposal           integer      not null default 0,  -- number of the latest proposed version (0: none yet)
    agreed_version     integer,                          -- latest version both sides accepted
    in_delivery_at     timestamptz,                      -- when the first item was done
    fulfilled_at       timestamptz,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    version            integer      not null default 0   -- optimistic locking
);
create index agreement_organisation on reciprocation.agreement (organisation_id);
create index agreement_status on reciprocation.agreement (status);

-- One item on either side of an agreement, tracked to done with evidence.
create table reciprocation.agreement_item (
    id                  uuid primary key,
    agreement_id        uuid          not null references reciprocation.agreement (id) on delete cascade,
    side                varchar(20)   not null check (side in ('SUPPORT', 'RECIPROCATION')),
    position            integer       not null,
    route               varchar(40),   -- support items: the assessment's support route
    reciprocation_type  varchar(40),   -- reciprocation items: what kind of contribution
    connect_with_id     uuid,          -- a connection route: the peer institution
    connect_with_name   varchar(200),
    title               varchar(200)  not null,
    details             varchar(2000) not null default '',
    owner               varchar(200),  -- who delivers it, in words; null means the side's default
    responsible_id      uuid,          -- the person reminded about it
    responsible_name    varchar(200),
    effort_hours        integer       not null default 0 check (effort_hours >= 0),
    due_date            date          not null,
    status              varchar(20)   not null default 'OPEN' check (status in ('OPEN', 'DONE')),
    completed_at        timestamptz,
    completed_by        uuid,
    completed_by_name   varchar(200),
    evidence_note       varchar(4000) not null default '',
    description         varchar(4000),  -- reciprocation items: what was delivered, for the Hub
    licence             varchar(30),
    attribution         varchar(300),
    constraint item_category check ((side = 'SUPPORT' and reciprocation_type is null)
                                  or (side = 'RECIPROCATION' and route is null and reciprocation_type is not null))
);
create index agreement_item_agreement on reciprocation.agreement_item (agreement_id, side, position);
create index agreement_item_due on reciprocation.agreement_item (status, due_date);

-- Evidence of a done item: uploaded files (kept on disk) and links.
create table reciprocation.evidence (
    id          uuid primary key,
    item_id     uuid          not null references reciprocation.agreement_item (id) on delete cascade,
    kind        varchar(10)   not null check (kind in ('FILE', 'LINK')),
    title       varchar(200)  not null,
    location    varchar(1000) not null,  -- a file's storage key, or a link's URL
    media_type  varchar(200),
    size_bytes  bigint,
    position    integer       not null,
    added_at    timestamptz   not null default now()
);
create index evidence_item on reciprocation.evidence (item_id, position);

-- Every version that was proposed, with who accepted it and when: the agreement's history.
create table reciprocation.agreement_version (
    agreement_id           uuid         not null references reciprocation.agreement (id) on delete cascade,
    number                 integer      not null,
    proposed_at            timestamptz  not null,
    proposed_by            uuid         not null,
    proposed_by_name       varchar(200) not null,
    team_accepted_at       timestamptz,
    team_accepted_by       uuid,
    team_accepted_by_name  varchar(200),
    lead_accepted_at       timestamptz,
    lead_accepted_by       uuid,
    lead_accepted_by_name  varchar(200),
    superseded_at          timestamptz,
    primary key (agreement_id, number)
);

-- What each proposed version contained, item by item (a snapshot: later edits do not change it).
create table reciprocation.agreement_version_item (
    agreement_id        uuid          not null,
    number              integer       not null,
    item_id             uuid          not null,
    side                varchar(20)   not null,
    position            integer       not null,
    category            varchar(40),
    title               varchar(200)  not null,
    details             varchar(2000) not null,
    owner               varchar(200),
    responsible_name    varchar(200),
    effort_hours        integer       not null,
    due_date            date          not null,
    primary key (agreement_id, number, item_id),
    foreign key (agreement_id, number) references reciprocation.agreement_version (agreement_id, number) on delete cascade
);

-- Reminders sent: at most one per item per day.
create table reciprocation.reminder_sent (
    item_id  uuid    not null references reciprocation.agreement_item (id) on delete cascade,
    sent_on  date    not null,
    overdue  boolean not null,
    primary key (item_id, sent_on)
);

-- Members of the community of practice: institutions that fulfilled an agreement (once each).
create table reciprocation.community_member (
    organisation_id    uuid primary key,
    organisation_name  varchar(200) not null,
    agreement_id       uuid         not null,
    joined_at          timestamptz  not null
);
