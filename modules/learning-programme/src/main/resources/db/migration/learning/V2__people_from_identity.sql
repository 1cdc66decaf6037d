-- People now come from the identity module's events (PersonRegistered, RoleGranted, RoleRevoked), as other
-- modules keep their copies, instead of from sign-ins: everyone registered is known, whether or not they have
-- signed in. Organisation names come from OrganisationRegistered. Rows written from sign-ins stay; the next
-- event about the person refreshes them.

alter table learning.person rename column seen_at to updated_at;

-- Identity's organisation, by id only (no key crosses into another schema).
alter table learning.person add column organisation_id uuid;

-- With demo data on: the person registered with crp.learning.demo-organiser-email, who organises the demo run
-- and facilitates its sessions. Their email address itself is not kept.
alter table learning.person add column demo_organiser boolean not null default false;

-- Organisation names, to tell people of the same name apart (a facilitator is chosen by name).
create table learning.organisation (
    id    uuid primary key,
    name  varchar(200) not null
);
