-- Co-production: recruitment in waves, blind shortlisting, the talent pool, and fair pay.
create schema if not exists coproduction;

-- People, from identity's events (names to show, and the roles this module asks about).
create table coproduction.person (
    id            uuid primary key,
    display_name  varchar(200) not null,
    roles         varchar(40)[] not null default '{}',
    updated_at    timestamptz not null
);

-- An open call. The timeline is the one the Collective publishes: an update, recruitment opening, kick-off,
-- welcome and the first group session; applications close at the end of closes_on.
create table coproduction.wave (
    id                uuid primary key,
    title             varchar(200) not null,
    role_description  varchar(4000) not null,
    commitment        varchar(1000) not null,
    pay               varchar(1000) not null,
    update_on         date,
    opens_on          date not null,
    closes_on         date not null,
    kick_off_on       date,
    welcome_on        date,
    first_session_on  date,
    created_by        uuid not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           integer not null default 0,
    constraint wave_opens_before_closing check (opens_on <= closes_on)
);

-- What a reviewer scores, per wave: each criterion 0..max_score.
create table coproduction.criterion (
    id         uuid primary key,
    wave_id    uuid not null references coproduction.wave (id),
    position   integer not null,
    title      varchar(200) not null,
    guidance   varchar(1000) not null default '',
    max_score  integer not null check (max_score between 1 and 10),
    unique (wave_id, position)
);

-- Questions asked before applying, answered in public. Who asked is kept but never shown.
create table coproduction.question (
    id           uuid primary key,
    wave_id      uuid not null references coproduction.wave (id),
    asked_by     uuid not null,
    question     varchar(1000) not null,
    answer       varchar(2000),
    asked_at     timestamptz not null,
    answered_at  timestamptz
);

create table coproduction.application (
    id                    uuid primary key,
    wave_id               uuid not null references coproduction.wave (id),
    applicant             uuid not null,
    applicant_name        varchar(200) not null,
    -- Identity and demographic details: never shown to a reviewer before every score is in.
    contact               varchar(300) not null default '',
    about_me              varchar(2000) not null default '',
    answer_format         varchar(20) not null default 'WRITTEN',
    written_answer        varchar(8000) not null default '',
    media_key             varchar(300),
    media_type            varchar(100),
    media_size            bigint,
    other_format_request  varchar(1000) not null default '',
    adjustments           varchar(40)[] not null default '{}',
    adjustment_notes      varchar(1000) not null default '',
    status                varchar(20) not null default 'DRAFT',
    decision_reason       varchar(2000),
    decided_by            uuid,
    decided_at            timestamptz,
    submitted_at          timestamptz,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               integer not null default 0,
    unique (wave_id, applicant)
);

create table coproduction.reviewer (
    application_id  uuid not null references coproduction.application (id),
    reviewer        uuid not null,
    scored_at       timestamptz,
    primary key (application_id, reviewer)
);

create table coproduction.score (
    application_id  uuid not null,
    reviewer        uuid not null,
    criterion_id    uuid not null references coproduction.criterion (id),
    score           integer not null check (score >= 0),
    comment         varchar(1000) not null default '',
    primary key (application_id, reviewer, criterion_id),
    foreign key (application_id, reviewer) references coproduction.reviewer (application_id, reviewer)
);

-- When reviewers' totals differ by more than the module's threshold, the team agrees a score with a note.
create table coproduction.moderation (
    application_id  uuid primary key references coproduction.application (id),
    agreed_total    integer not null check (agreed_total >= 0),
    note            varchar(2000) not null,
    moderated_by    uuid not null,
    moderated_at    timestamptz not null
);

-- People who asked to be kept in mind for later waves, while their consent lasts.
create table coproduction.talent_pool (
    person_id         uuid primary key,
    display_name      varchar(200) not null,
    from_wave         uuid not null references coproduction.wave (id),
    consented_on      date not null,
    expires_on        date not null,
    reminded_for      date,
    constraint talent_pool_expires_after_consent check (consented_on < expires_on)
);

-- Fair pay --------------------------------------------------------------------------------------------------

-- A published rates policy never changes: a new version is published instead, in force from its date.
create table coproduction.rates_policy (
    id                        uuid primary key,
    number                    integer not null unique,
    in_force_from             date not null unique,
    hourly_rate               numeric(8, 2) not null check (hourly_rate > 0),
    session_rate              numeric(8, 2) not null check (session_rate > 0),
    preparation_hours         numeric(4, 2) not null check (preparation_hours >= 0),
    daily_expenses_cap        numeric(8, 2) not null check (daily_expenses_cap >= 0),
    expenses_note             varchar(2000) not null,
    published_by              uuid not null,
    published_at              timestamptz not null
);

create table coproduction.project (
    id          uuid primary key,
    name        varchar(200) not null,
    created_at  timestamptz not null
);

-- A part of a project someone leads; co-producers' claims for it are approved by its lead.
create table coproduction.element (
    id          uuid primary key,
    project_id  uuid not null references coproduction.project (id),
    title       varchar(200) not null,
    lead        uuid not null,
    created_at  timestamptz not null
);

-- An appointed co-producer: from the day their agreement starts, and how they choose to be paid.
create table coproduction.coproducer (
    person_id        uuid primary key,
    display_name     varchar(200) not null,
    agreement_from   date not null,
    payment_method   varchar(20) not null default 'BANK_TRANSFER',
    appointed_by     uuid not null,
    appointed_at     timestamptz not null,
    version          integer not null default 0
);

-- A timesheet or an expense claim. Amounts are computed from the policy in force on the day of the work;
-- a correction is a new claim pointing at the one it corrects, never an edit of a paid one.
create table coproduction.claim (
    id                 uuid primary key,
    coproducer         uuid not null references coproduction.coproducer (person_id),
    element_id         uuid not null references coproduction.element (id),
    kind               varchar(20) not null,
    work_date          date not null,
    hours              numeric(5, 2) not null default 0,
    sessions           integer not null default 0,
    expenses_spent     numeric(8, 2) not null default 0,
    description        varchar(1000) not null,
    policy_id          uuid not null references coproduction.rates_policy (id),
    amount             numeric(10, 2) not null,
    payment_method     varchar(20) not null,
    corrects           uuid,
    status             varchar(20) not null,
    submitted_at       timestamptz not null,
    decided_by         uuid,
    decided_at         timestamptz,
    refusal_reason     varchar(1000),
    paid_on            date,
    payment_reference  varchar(100),
    overdue_told       boolean not null default false,
    version            integer not null default 0,
    constraint claim_paid_has_date_and_reference check (status <> 'PAID' or (paid_on is not null and payment_reference is not null))
);

create index claim_by_coproducer on coproduction.claim (coproducer, submitted_at desc);
create index claim_by_status on coproduction.claim (status);

-- A paid claim is a record of money that left: the database refuses to change or remove it, whatever the code
-- does (the only change allowed is the flag that the overdue notice was told, which cannot apply once paid).
create function coproduction.paid_claim_is_final() returns trigger language plpgsql as $$
begin
    raise exception 'A paid claim cannot change (claim %)', old.id using errcode = 'P0001';
end;
$$;

create trigger paid_claim_is_final
    before update or delete on coproduction.claim
    for each row when (old.status = 'PAID')
    execute function coproduction.paid_claim_is_final();
