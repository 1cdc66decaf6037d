-- Onboarding checklists, co-producers' skills and capacity, what elements need, and who is assigned to them.

-- A step of a co-producer's onboarding, once done (a step with no row is still to do).
create table coproduction.onboarding_step (
    person_id  uuid not null references coproduction.coproducer (person_id),
    step       varchar(30) not null,
    done_on    date not null,
    done_by    uuid not null,
    primary key (person_id, step)
);

-- What a co-producer offers: skills (short words), hours a month, and whether the team may suggest them for work.
create table coproduction.profile (
    person_id            uuid primary key references coproduction.coproducer (person_id),
    skills               varchar(60)[] not null default '{}',
    hours_a_month        numeric(5, 1) not null default 0 check (hours_a_month between 0 and 160),
    open_to_suggestions  boolean not null default false,
    version              integer not null default 0
);

alter table coproduction.element add column skills varchar(60)[] not null default '{}';
alter table coproduction.element add column hours_a_month numeric(5, 1) not null default 0;

-- A co-producer working on an element, for some hours a month, with a named person to turn to.
create table coproduction.assignment (
    id               uuid primary key,
    element_id       uuid not null references coproduction.element (id),
    coproducer       uuid not null references coproduction.coproducer (person_id),
    hours_a_month    numeric(5, 1) not null check (hours_a_month > 0),
    support_contact  uuid not null,
    assigned_by      uuid not null,
    assigned_at      timestamptz not null,
    unique (element_id, coproducer),
    constraint assignment_support_is_someone_else check (support_contact <> coproducer)
);
