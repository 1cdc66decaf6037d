-- Peer-to-peer mentoring: programmes, intakes from both sides, cohort match drafts and the relationships
-- published from them. No key crosses into another schema: people are identity's, kept here by id and name.
create schema if not exists mentoring;

-- People's names and organisations, from identity's events (IdentityReadModel).
create table mentoring.person (
    id               uuid primary key,
    display_name     varchar(200) not null,
    organisation_id  uuid,
    updated_at       timestamptz not null
);

create table mentoring.programme (
    id                      uuid primary key,
    name                    varchar(200) not null,
    description             varchar(4000) not null default '',
    kind                    varchar(20) not null,      -- COHORT or ROLLING
    format                  varchar(20) not null,      -- ONE_TO_ONE or GROUP
    cadence                 varchar(20) not null,      -- how often pairs are expected to meet
    length_months           integer not null check (length_months between 1 and 60),
    starts_on               date not null,
    min_experience_years    integer not null check (min_experience_years >= 0),
    cross_context_required  boolean not null,
    intake_open             boolean not null,
    created_by              uuid not null,
    created_at              timestamptz not null,
    version                 integer not null default 0
);

-- One intake per person, programme and side. Sets are stored as the names of their values.
create table mentoring.intake (
    id                uuid primary key,
    programme_id      uuid not null references mentoring.programme (id),
    person_id         uuid not null,
    person_name       varchar(200) not null,
    side              varchar(10) not null,
    sector            varchar(30) not null,
    experience_years  integer not null,
    experience        varchar(4000) not null,
    goals             varchar(4000) not null,
    approach          varchar(4000) not null default '',
    region            varchar(100) not null default '',
    activities        text[] not null,
    topics            text[] not null,
    values_held       text[] not null,
    availability      text[] not null,
    capacity          integer not null check (capacity between 0 and 10),
    must_not_match    uuid[] not null default '{}',
    paused            boolean not null default false,
    submitted_at      timestamptz not null,
    updated_at        timestamptz not null,
    version           integer not null default 0,
    unique (programme_id, person_id, side)
);
create index intake_programme on mentoring.intake (programme_id, side);

-- A whole-cohort match the solver proposed; the team edits it (optimistic version) and publishes it once.
create table mentoring.match_draft (
    id            uuid primary key,
    programme_id  uuid not null references mentoring.programme (id),
    status        varchar(20) not null,      -- DRAFT or PUBLISHED
    created_by    uuid not null,
    created_at    timestamptz not null,
    published_at  timestamptz,
    version       integer not null default 0
);

create table mentoring.draft_pair (
    draft_id          uuid not null references mentoring.match_draft (id) on delete cascade,
    mentee_intake_id  uuid not null references mentoring.intake (id),
    mentor_intake_id  uuid not null references mentoring.intake (id),
    primary key (draft_id, mentee_intake_id)
);

create table mentoring.relationship (
    id                uuid primary key,
    programme_id      uuid not null references mentoring.programme (id),
    draft_id          uuid references mentoring.match_draft (id),
    mentor_intake_id  uuid not null references mentoring.intake (id),
    mentee_intake_id  uuid not null references mentoring.intake (id),
    mentor_id         uuid not null,
    mentee_id         uuid not null,
    score             integer not null,
    status            varchar(20) not null,   -- ACTIVE, CLOSED
    started_at        timestamptz not null,
    version           integer not null default 0
);
create index relationship_mentor on mentoring.relationship (mentor_id);
create index relationship_mentee on mentoring.relationship (mentee_id);
