-- The values pulse: after an element has finished, the people who worked on it say how far it was human,
-- inclusive, transparent and challenging (1 to 5) and may add a comment.

-- The day the team marked an element finished: from then on its pulse is open.
alter table coproduction.element add column finished_on date;

-- Who has answered an element's pulse, kept apart from the answers so that no answer leads back to a person.
create table coproduction.pulse_respondent (
    element_id  uuid not null references coproduction.element (id),
    person_id   uuid not null,
    primary key (element_id, person_id)
);

-- One anonymous answer: whether it came from a co-producer or staff, and the scores. No time is kept: trends over
-- time go by the month the element finished, so no answer can be told apart by when it was given.
create table coproduction.pulse_answer (
    id            uuid primary key,
    element_id    uuid not null references coproduction.element (id),
    from_staff    boolean not null,
    human         smallint not null check (human between 1 and 5),
    inclusive     smallint not null check (inclusive between 1 and 5),
    transparent   smallint not null check (transparent between 1 and 5),
    challenging   smallint not null check (challenging between 1 and 5),
    comment       varchar(1000) not null default ''
);

create index pulse_answer_element on coproduction.pulse_answer (element_id);
