create schema if not exists matchmaking;

-- Matchmaking's own schema. People, organisations and Hub resources are referred to by id only: no key crosses
-- into another schema. Text limits match the named constants of the forms (org.praxis.matchmaking.internal.*Form).

-- This module's copy of identity's people and organisations, for names (IdentityReadModel).
create table matchmaking.organisation (
    id    uuid primary key,
    name  varchar(200) not null
);

create table matchmaking.person (
    id               uuid primary key,
    display_name     varchar(200) not null,
    organisation_id  uuid,
    updated_at       timestamptz  not null
);

-- Hub resources that have been published, which organisers link to events as pre-work (HubMaterials).
create table matchmaking.hub_resource (
    id            uuid primary key,
    title         varchar(300) not null,
    type          varchar(60)  not null,
    published_at  timestamptz  not null
);

-- A local match event, in person or online.
create table matchmaking.match_event (
    id             uuid primary key,
    title          varchar(200)  not null,
    description    varchar(4000) not null default '',
    format         varchar(20)   not null check (format in ('IN_PERSON', 'ONLINE')),
    starts_at      timestamptz   not null,
    ends_at        timestamptz   not null,
    place          varchar(500)  not null default '',
    link           varchar(500)  not null default '',
    auto_accept    boolean       not null default false,  -- places go to the first who apply, without approval
    organiser_id   uuid          not null,
    demo_key       varchar(100)  unique,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        integer       not null default 0,
    constraint event_in_order check (ends_at > starts_at)
);

-- Places per group at an event. The row is also the lock every change to that group's places takes
-- (select ... for update), so two people never get the last place.
create table matchmaking.event_places (
    event_id  uuid        not null references matchmaking.match_event (id),
    side      varchar(20) not null check (side in ('COMMUNITY', 'RESEARCHER', 'BROKER')),
    places    integer     not null check (places >= 0),
    primary key (event_id, side)
);

-- Hub resources to read before the event, by id.
create table matchmaking.event_material (
    event_id     uuid    not null references matchmaking.match_event (id),
    resource_id  uuid    not null,
    position     integer not null,
    primary key (event_id, resource_id)
);

-- The "before you come" checklist.
create table matchmaking.checklist_item (
    id        uuid primary key,
    event_id  uuid         not null references matchmaking.match_event (id),
    position  integer      not null,
    text      varchar(300) not null
);
create index checklist_item_event on matchmaking.checklist_item (event_id, position);

-- A person's application to an event, with their short profile and their choice for the directory.
create table matchmaking.registration (
    id                    uuid primary key,
    event_id              uuid          not null references matchmaking.match_event (id),
    person_id             uuid          not null,
    person_name           varchar(200)  not null,  -- as registered; the read model's name is shown when known
    side                  varchar(20)   not null check (side in ('COMMUNITY', 'RESEARCHER', 'BROKER')),
    offer                 varchar(1000) not null,
    looking_for           varchar(1000) not null,
    themes                varchar(500)  not null default '',
    location              varchar(200)  not null default '',
    access_needs          varchar(1000) not null default '',
    directory_visibility  varchar(20)   not null default 'ATTENDEES'
        check (directory_visibility in ('ALL_SIGNED_IN', 'ATTENDEES', 'HIDDEN')),
    status                varchar(20)   not null
        check (status in ('APPLIED', 'CONFIRMED', 'WAITING', 'OFFERED', 'CANCELLED', 'REFUSED', 'OFFER_LAPSED')),
    waiting_since         timestamptz,
    offered_until         timestamptz,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               integer       not null default 0
);
-- One live registration per person and event.
create unique index registration_one_per_event on matchmaking.registration (event_id, person_id)
    where status in ('APPLIED', 'CONFIRMED', 'WAITING', 'OFFERED');
create index registration_event on matchmaking.registration (event_id, side, status);
create index registration_person on matchmaking.registration (person_id);
create index registration_offers on matchmaking.registration (offered_until) where status = 'OFFERED';

-- Which checklist items an attendee has confirmed.
create table matchmaking.checklist_confirmation (
    registration_id  uuid        not null references matchmaking.registration (id),
    item_id          uuid        not null references matchmaking.checklist_item (id) on delete cascade,
    confirmed_at     timestamptz not null,
    primary key (registration_id, item_id)
);
