-- The requests module's own schema.
create schema if not exists requests;

-- A support request from an institution. Drafts are private to the institution until submitted.
create table requests.support_request (
    id                    uuid primary key,
    organisation_id       uuid          not null,  -- identity's organisation; by id only, no cross-schema key
    created_by            uuid          not null,
    title                 varchar(150)  not null,
    mode                  varchar(40)   check (mode in ('PROMOTE_TO_POSTDOCS', 'PROMOTE_TO_MANAGERS',
                                                        'EMBED_ALONGSIDE_PROVISION', 'RUN_COHORT', 'OTHER')),
    mode_other            varchar(200),
    has_capacities        varchar(40)[] not null default '{}',
    lacks                 varchar(40)[] not null default '{}',
    context               varchar(4000) not null default '',
    timeline_start        date,
    timeline_end          date,
    timeline_notes        varchar(1000) not null default '',
    resources_and_funding varchar(2000) not null default '',
    contact_name          varchar(200)  not null default '',
    contact_email         varchar(320)  not null default '',
    status                varchar(30)   not null default 'DRAFT',
    submitted_at          timestamptz,
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    version               integer       not null default 0,
    constraint timeline_in_order check (timeline_end is null or timeline_start is null or timeline_end >= timeline_start)
);
create index support_request_organisation on requests.support_request (organisation_id);
create index support_request_status on requests.support_request (status, submitted_at);

-- What happened to a request, in order: the timeline the institution lead reads.
create table requests.status_change (
    id          uuid primary key,
    request_id  uuid         not null references requests.support_request (id) on delete cascade,
    status      varchar(30)  not null,
    changed_at  timestamptz  not null default now(),
    changed_by  uuid,
    note        varchar(2000) not null default ''
);
create index status_change_request on requests.status_change (request_id, changed_at);

-- Organisation names, kept from identity's OrganisationRegistered events (this module's own read model).
create table requests.organisation (
    id    uuid primary key,
    name  varchar(200) not null
);
