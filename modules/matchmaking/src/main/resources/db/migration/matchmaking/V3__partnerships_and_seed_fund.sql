-- Partnerships formed at match events, and the seed fund of up to £1,000 a partnership for partnership development.

-- A community organisation and a researcher (a broker optional) who met at an event and want to explore working
-- together. People by identity's person id; their registrations at the event by this module's ids.
create table matchmaking.partnership (
    id                  uuid primary key,
    event_id            uuid         not null references matchmaking.match_event (id),
    name                varchar(200) not null,
    community_person    uuid         not null,
    researcher_person   uuid         not null,
    broker_person       uuid,
    formed_by           uuid         not null,
    formed_at           timestamptz  not null,
    constraint partners_differ check (community_person <> researcher_person)
);
create unique index partnership_one_per_pair on matchmaking.partnership (event_id, community_person, researcher_person);

-- The seed fund: one budget, set by the programme team, and whether the panel reviews anonymised.
create table matchmaking.seed_fund (
    id                 varchar(20)    primary key check (id = 'SEED_FUND'),
    budget             numeric(10, 2) not null check (budget >= 0),
    anonymised_review  boolean        not null default false,
    version            integer        not null default 0
);
insert into matchmaking.seed_fund (id, budget) values ('SEED_FUND', 0);

-- A partnership's application for seed funding, the panel's decision, the payment and the short report.
create table matchmaking.seed_application (
    id                uuid primary key,
    partnership_id    uuid          not null references matchmaking.partnership (id),
    amount            numeric(8, 2) not null check (amount > 0 and amount <= 1000),
    purpose           varchar(2000) not null,
    held_by           varchar(20)   not null check (held_by in ('COMMUNITY', 'RESEARCHER')),
    status            varchar(20)   not null check (status in ('SUBMITTED', 'APPROVED', 'DECLINED', 'PAID', 'REPORTED')),
    submitted_by      uuid          not null,
    submitted_at      timestamptz   not null,
    awarded           numeric(8, 2) check (awarded is null or (awarded > 0 and awarded <= amount)),
    decision_note     varchar(2000) not null default '',
    decided_by        uuid,
    decided_at        timestamptz,
    paid_amount       numeric(8, 2),
    payee_name        varchar(200),
    payee_kind        varchar(30)   check (payee_kind in ('UNIVERSITY', 'COMMUNITY_ORGANISATION', 'PERSON')),
    payment_reference varchar(200),
    paid_on           date,
    paid_by           uuid,
    developed         varchar(10)   check (developed in ('YES', 'PARTLY', 'NO')),
    report            varchar(4000),
    reported_at       timestamptz,
    version           integer       not null default 0
);
-- One application in play per partnership (a declined one does not count).
create unique index seed_application_one_live on matchmaking.seed_application (partnership_id) where status <> 'DECLINED';
