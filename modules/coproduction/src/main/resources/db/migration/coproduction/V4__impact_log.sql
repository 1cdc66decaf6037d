-- The impact log: what co-producing brought the co-producers, and what changed in projects because of them.

-- A benefit for a co-producer: new skills, confidence, income, or an opportunity that came after.
create table coproduction.impact_benefit (
    id           uuid primary key,
    coproducer   uuid not null references coproduction.coproducer (person_id),
    kind         varchar(20) not null,
    description  varchar(1000) not null,
    happened_on  date not null,
    recorded_by  uuid not null,
    recorded_at  timestamptz not null
);

create index impact_benefit_coproducer on coproduction.impact_benefit (coproducer);

-- "You said, we did": a change made in a project element because of what co-producers said.
create table coproduction.impact_change (
    id           uuid primary key,
    element_id   uuid not null references coproduction.element (id),
    you_said     varchar(1000) not null,
    we_did       varchar(1000) not null,
    changed_on   date not null,
    recorded_by  uuid not null,
    recorded_at  timestamptz not null
);
