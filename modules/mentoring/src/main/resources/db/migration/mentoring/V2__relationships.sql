-- What a mentoring relationship holds once it starts: the expectations both agree, goals, a meeting log whose
-- notes only the pair reads, relationship care (nudges and the team's check-in tasks) and a structured closure.

-- Expectations: proposed by either person, agreed by both (each agreement is cleared when they change).
alter table mentoring.relationship
    add column expected_length_months  integer,
    add column meeting_frequency       varchar(20),
    add column confidentiality         varchar(2000) not null default '',
    add column how_to_close            varchar(2000) not null default '',
    add column mentor_agreed_at        timestamptz,
    add column mentee_agreed_at        timestamptz,
    add column goals                   varchar(4000) not null default '',
    add column nudged_at               timestamptz,
    add column closed_at               timestamptz,
    add column closed_by               uuid,
    add column completed               boolean,
    add column continue_informally     boolean;

-- Meetings, planned or held. The agenda and notes are the pair's: the team only counts meetings.
create table mentoring.meeting (
    id               uuid primary key,
    relationship_id  uuid not null references mentoring.relationship (id),
    starts_at        timestamptz not null,
    minutes          integer not null check (minutes between 5 and 600),
    activity         varchar(40) not null,
    agenda           varchar(4000) not null default '',
    notes            varchar(8000) not null default '',
    logged_by        uuid not null,
    created_at       timestamptz not null
);
create index meeting_relationship on mentoring.meeting (relationship_id, starts_at);

-- Each person's reflection at closure, read by the pair only.
create table mentoring.reflection (
    relationship_id  uuid not null references mentoring.relationship (id),
    person_id        uuid not null,
    text             varchar(4000) not null,
    written_at       timestamptz not null,
    primary key (relationship_id, person_id)
);

-- A quiet pair the team should check in with, once per quiet spell.
create table mentoring.care_task (
    id               uuid primary key,
    relationship_id  uuid not null references mentoring.relationship (id),
    quiet_since      timestamptz not null,
    created_at       timestamptz not null,
    done_at          timestamptz,
    unique (relationship_id, quiet_since)
);
