-- The identity module's own schema: organisations, people, their accounts and roles.
create schema if not exists identity;

create table identity.organisation (
    id          uuid primary key,
    name        varchar(200) not null,
    kind        varchar(40)  not null check (kind in ('UNIVERSITY', 'COMMUNITY_ORGANISATION', 'OTHER')),
    created_at  timestamptz  not null default now(),
    version     integer      not null default 0
);
create unique index organisation_name_unique on identity.organisation (lower(name));

create table identity.person (
    id              uuid primary key,
    organisation_id uuid          not null references identity.organisation (id),
    full_name       varchar(200)  not null,
    email           varchar(320)  not null,
    password_hash   varchar(200)  not null,
    access_needs    varchar(2000),
    enabled         boolean       not null default true,
    created_at      timestamptz   not null default now(),
    version         integer       not null default 0
);
create unique index person_email_unique on identity.person (lower(email));
create index person_organisation on identity.person (organisation_id);

-- A role a person holds or has asked for. Elevated roles wait for an admin's decision.
create table identity.role_assignment (
    person_id    uuid        not null references identity.person (id) on delete cascade,
    role         varchar(40) not null,
    status       varchar(20) not null check (status in ('REQUESTED', 'GRANTED', 'DECLINED')),
    requested_at timestamptz not null default now(),
    decided_at   timestamptz,
    decided_by   uuid,
    primary key (person_id, role)
);
create index role_assignment_requested on identity.role_assignment (status) where status = 'REQUESTED';
