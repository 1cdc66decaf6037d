-- The Hub's own schema: the resource library.
create schema if not exists hub;

-- Vocabularies that admins edit: resource types, beneficiaries, stakeholders, principles, keywords.
-- Resources refer to terms by their stable code, so a term can be renamed without touching resources.
create table hub.vocabulary_term (
    id          uuid primary key,
    vocabulary  varchar(20)  not null check (vocabulary in ('TYPE', 'BENEFICIARY', 'STAKEHOLDER', 'PRINCIPLE', 'KEYWORD')),
    code        varchar(80)  not null,
    label       varchar(120) not null,
    description varchar(500) not null default '',
    active      boolean      not null default true,
    position    integer      not null default 0,
    version     integer      not null default 0,
    unique (vocabulary, code)
);
create unique index vocabulary_term_label on hub.vocabulary_term (vocabulary, lower(label));

-- A resource: how-to guide, playbook, webinar, case study, template, toolkit, session pack...
create table hub.resource (
    id                      uuid primary key,
    type                    varchar(80)    not null,
    title                   varchar(200)   not null,
    summary                 varchar(1000)  not null default '',
    plain_summary           varchar(1000)  not null default '',
    body                    text           not null default '',           -- Markdown, rendered safely
    beneficiaries           varchar(80)[]  not null default '{}',
    stakeholders            varchar(80)[]  not null default '{}',
    principles              varchar(80)[]  not null default '{}',
    keywords                varchar(80)[]  not null default '{}',
    level                   varchar(20)    not null default 'ANYONE'
                                check (level in ('ANYONE', 'GETTING_STARTED', 'EXPERIENCED')),
    formats                 varchar(20)[]  not null default '{}',
    accessibility           varchar(20)[]  not null default '{}',
    accessibility_notes     varchar(1000)  not null default '',
    owner_organisation_id   uuid,                                          -- identity's organisation, by id only
    owner_organisation_name varchar(200)   not null default '',
    contributors            varchar(500)   not null default '',
    licence                 varchar(30)    not null default 'CC_BY_4_0',
    ip_notes                varchar(1000)  not null default '',
    contact                 varchar(320)   not null default '',
    review_by               date,
    adapted_from            uuid references hub.resource (id) on delete set null,
    status                  varchar(20)    not null default 'DRAFT'
                                check (status in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'PUBLISHED', 'ARCHIVED')),
    submitted_by            uuid,
    submitted_by_name       varchar(200)   not null default '',
    reviewer_id             uuid,
    reviewer_name           varchar(200)   not null default '',
    source_agreement_id     uuid,                                          -- reciprocation's agreement, by id only
    source_item_id          uuid,
    import_key              varchar(64),
    tag_text                text           not null default '',            -- labels of the facet values, for search
    file_text               text           not null default '',            -- text extracted from attached files
    search                  tsvector generated always as (
                                setweight(to_tsvector('english', title), 'A') ||
                                setweight(to_tsvector('english', plain_summary || ' ' || summary || ' ' || tag_text), 'B') ||
                                setweight(to_tsvector('english', body), 'C') ||
                                setweight(to_tsvector('english', left(file_text, 200000)), 'D')) stored,
    created_at              timestamptz    not null default now(),
    updated_at              timestamptz    not null default now(),
    submitted_at            timestamptz,
    published_at            timestamptz,
    version                 integer        not null default 0,
    constraint resource_source_item unique (source_agreement_id, source_item_id),
    constraint resource_import_key unique (import_key)
);
create index resource_search on hub.resource using gin (search);
create index resource_beneficiaries on hub.resource using gin (beneficiaries);
create index resource_stakeholders on hub.resource using gin (stakeholders);
create index resource_principles on hub.resource using gin (principles);
create index resource_keywords on hub.resource using gin (keywords);
create index resource_formats on hub.resource using gin (formats);
create index resource_status_published on hub.resource (status, published_at desc);
create index resource_type on hub.resource (type) where status = 'PUBLISHED';
create index resource_submitted_by on hub.resource (submitted_by);
create index resource_owner on hub.resource (owner_organisation_id);
create index resource_adapted_from on hub.resource (adapted_from);

-- Files kept for a resource (stored on disk; only their metadata and extracted text are here).
create table hub.resource_file (
    id           uuid primary key,
    resource_id  uuid          not null references hub.resource (id) on delete cascade,
    file_name    varchar(255)  not null,
    media_type   varchar(120)  not null,
    size_bytes   bigint        not null,
    storage_key  varchar(100)  not null,
    text         text          not null default '',   -- extracted for search
    created_at   timestamptz   not null default now()
);
create index resource_file_resource on hub.resource_file (resource_id);

-- Links to media elsewhere (a recording, a web page), or materials delivered with an agreement.
create table hub.resource_link (
    id           uuid primary key,
    resource_id  uuid          not null references hub.resource (id) on delete cascade,
    title        varchar(200)  not null,
    url          varchar(2000) not null,
    kind         varchar(20)   not null default 'LINK' check (kind in ('LINK', 'DELIVERED_FILE')),
    media_type   varchar(120),
    position     integer       not null default 0
);
create index resource_link_resource on hub.resource_link (resource_id);

-- Versions with what changed.
create table hub.resource_version (
    id            uuid primary key,
    resource_id   uuid          not null references hub.resource (id) on delete cascade,
    number        integer       not null,
    what_changed  varchar(1000) not null,
    title         varchar(200)  not null,
    changed_by    varchar(200)  not null default '',
    changed_at    timestamptz   not null default now(),
    unique (resource_id, number)
);

-- Where a submission went, with reviewers' comments: the tracker the submitter reads.
create table hub.review_event (
    id          uuid primary key,
    resource_id uuid          not null references hub.resource (id) on delete cascade,
    status      varchar(20)   not null,
    action      varchar(30)   not null,
    by_name     varchar(200)  not null default '',
    note        varchar(2000) not null default '',
    at          timestamptz   not null default now()
);
create index review_event_resource on hub.review_event (resource_id, at);

-- Readers' feedback: was it useful, a rating (one per person and resource, changeable).
create table hub.rating (
    resource_id uuid        not null references hub.resource (id) on delete cascade,
    person_id   uuid        not null,
    useful      boolean,
    stars       smallint    check (stars between 1 and 5),
    at          timestamptz not null default now(),
    primary key (resource_id, person_id)
);

create table hub.comment (
    id          uuid primary key,
    resource_id uuid          not null references hub.resource (id) on delete cascade,
    person_id   uuid          not null,
    person_name varchar(200)  not null,
    text        varchar(2000) not null,
    at          timestamptz   not null default now()
);
create index comment_resource on hub.comment (resource_id, at);

-- "I adapted this": who adapted a resource, how, and where their version is.
create table hub.adaptation_report (
    id                uuid primary key,
    resource_id       uuid          not null references hub.resource (id) on delete cascade,
    person_id         uuid          not null,
    person_name       varchar(200)  not null,
    organisation_id   uuid,
    organisation_name varchar(200)  not null default '',
    note              varchar(2000) not null,
    at                timestamptz   not null default now()
);
create index adaptation_report_resource on hub.adaptation_report (resource_id);

-- Usage per resource and day, for funder evidence.
create table hub.usage_daily (
    resource_id uuid    not null references hub.resource (id) on delete cascade,
    day         date    not null,
    views       integer not null default 0,
    downloads   integer not null default 0,
    primary key (resource_id, day)
);

-- Read models fed by identity's events: organisation names and people with the moderator role.
create table hub.organisation (
    id   uuid primary key,
    name varchar(200) not null
);

create table hub.moderator (
    person_id       uuid primary key,
    full_name       varchar(200) not null,
    organisation_id uuid
);
