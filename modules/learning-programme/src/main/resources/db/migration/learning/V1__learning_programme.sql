create schema if not exists learning;

-- The learning programme plugin's own schema. People, organisations and Hub resources are referred to
-- by id only: no key crosses into another schema. Text limits match the named constants of the forms
-- (org.crp.learning.internal.*Form).

-- A rolling 18-month programme: one intake of communities, researchers and brokers.
create table learning.programme_run (
    id                 uuid primary key,
    name               varchar(200)  not null,
    starts_on          date          not null,
    ends_on            date          not null,
    description        varchar(4000) not null default '',
    principles         varchar(8000) not null default '',  -- the Core Principles shown to applicants, one a line
    applications_open  boolean       not null default true,
    organiser_id       uuid,                                -- a programme team member (identity's person)
    demo_key           varchar(100)  unique,                -- set only on demo rows, so loading twice adds nothing
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            integer       not null default 0,
    constraint run_in_order check (ends_on >= starts_on)
);

-- A person's application to a run, and the programme team's decisions on it and on its bursary request.
create table learning.application (
    id                     uuid primary key,
    run_id                 uuid          not null references learning.programme_run (id),
    applicant_id           uuid          not null,
    applicant_name         varchar(200)  not null,
    kind                   varchar(30)   check (kind in ('COMMUNITY_MEMBER', 'RESEARCHER', 'BROKER')),
    partnership            varchar(1000) not null default '',
    hopes                  varchar(4000) not null default '',
    access_needs           varchar(2000) not null default '',
    bursary_requested      boolean       not null default false,
    bursary_amount         numeric(8, 2),
    bursary_reason         varchar(2000) not null default '',
    status                 varchar(20)   not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'SELECTED', 'WAITING_LIST', 'NOT_SELECTED', 'WITHDRAWN')),
    decision_reason        varchar(2000) not null default '',
    decided_by             uuid,
    decided_at             timestamptz,
    bursary_status         varchar(20)   not null default 'NONE'
        check (bursary_status in ('NONE', 'REQUESTED', 'GRANTED', 'DECLINED')),
    bursary_granted        numeric(8, 2),
    bursary_decision_note  varchar(2000) not null default '',
    bursary_decided_at     timestamptz,
    submitted_at           timestamptz,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                integer       not null default 0,
    constraint bursary_amount_positive check (bursary_amount is null or bursary_amount > 0),
    constraint bursary_granted_positive check (bursary_granted is null or bursary_granted > 0)
);
-- One live application per person and run (a withdrawn one does not count).
create unique index application_one_per_run on learning.application (run_id, applicant_id) where status <> 'WITHDRAWN';
create index application_status on learning.application (run_id, status, submitted_at);
create index application_applicant on learning.application (applicant_id);

-- A curated online half-day learning session, a showcase or a networking event of a run.
create table learning.session (
    id                uuid primary key,
    run_id            uuid          not null references learning.programme_run (id),
    kind              varchar(20)   not null check (kind in ('LEARNING', 'SHOWCASE', 'NETWORKING')),
    title             varchar(200)  not null,
    starts_at         timestamptz   not null,
    ends_at           timestamptz   not null,
    agenda            varchar(4000) not null default '',
    facilitator_id    uuid,
    joining_link      varchar(500)  not null default '',
    demo_key          varchar(100)  unique,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           integer       not null default 0,
    constraint session_in_order check (ends_at > starts_at)
);
create index session_run on learning.session (run_id, starts_at);

-- Hub resources linked to a session, in the order the organiser chose.
create table learning.session_resource (
    session_id   uuid    not null references learning.session (id) on delete cascade,
    resource_id  uuid    not null,  -- the Hub's resource; its title is in learning.hub_resource
    position     integer not null,
    primary key (session_id, resource_id)
);

create table learning.registration (
    session_id     uuid        not null references learning.session (id) on delete cascade,
    participant_id uuid        not null,
    registered_at  timestamptz not null,
    primary key (session_id, participant_id)
);

create table learning.attendance (
    session_id     uuid        not null references learning.session (id) on delete cascade,
    participant_id uuid        not null,
    marked_by      uuid        not null,
    marked_at      timestamptz not null,
    primary key (session_id, participant_id)
);

-- A participant's reflection after a session: private unless they share it with the programme team.
create table learning.reflection (
    id              uuid primary key,
    session_id      uuid          not null references learning.session (id) on delete cascade,
    author_id       uuid          not null,
    body            varchar(4000) not null,
    shared_with_team boolean      not null default false,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         integer       not null default 0,
    constraint one_reflection_per_session unique (session_id, author_id)
);

-- Follow-up funding: a selected participant asks, the team decides, the participant reports afterwards.
create table learning.funding_request (
    id               uuid primary key,
    run_id           uuid          not null references learning.programme_run (id),
    participant_id   uuid          not null,
    participant_name varchar(200)  not null,
    amount           numeric(8, 2) not null check (amount > 0),
    purpose          varchar(2000) not null,
    status           varchar(20)   not null default 'REQUESTED'
        check (status in ('REQUESTED', 'GRANTED', 'DECLINED', 'REPORTED')),
    granted_amount   numeric(8, 2) check (granted_amount is null or granted_amount > 0),
    decision_note    varchar(2000) not null default '',
    decided_by       uuid,
    decided_at       timestamptz,
    report           varchar(4000) not null default '',
    reported_at      timestamptz,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          integer       not null default 0
);
create index funding_request_participant on learning.funding_request (participant_id);
create index funding_request_status on learning.funding_request (status, created_at);

-- A certificate of completion: the programme team marks a selected participant complete.
create table learning.certificate (
    application_id  uuid primary key references learning.application (id),
    issued_on       date        not null,
    issued_by       uuid        not null,
    issued_at       timestamptz not null
);

-- Published Hub resources, kept from the Hub's ResourcePublished events, for organisers to link to sessions.
create table learning.hub_resource (
    id            uuid primary key,
    title         varchar(300) not null,
    type          varchar(80)  not null,
    published_at  timestamptz  not null
);

-- People this module has met (signed in, applied, decided): names to show and facilitators to choose.
-- Refreshed at each sign-in; the identity module stays the owner of people.
create table learning.person (
    id            uuid primary key,
    display_name  varchar(200)  not null,
    roles         varchar(40)[] not null default '{}',
    seen_at       timestamptz   not null
);
