-- Lived experience is sensitive: a co-producer may write about it, and it is shown to others only with their
-- consent and only to the people they allow. Kept apart from the profile the team matches on.
create table coproduction.lived_experience (
    person_id   uuid primary key references coproduction.coproducer (person_id),
    description varchar(2000) not null,
    consent     boolean not null default false,
    -- Who may read it when consent is given: PROGRAMME_TEAM, SUPPORT_CONTACTS, ELEMENT_LEADS.
    audience    varchar(30)[] not null default '{}',
    version     integer not null default 0
);
