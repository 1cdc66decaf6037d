-- Speed networking: who would rather not meet one to one (they sit in trios), and each event's rotation.

alter table matchmaking.registration add column prefers_group boolean not null default false;

-- The rotation's settings: rounds of so many minutes, at up to so many tables.
create table matchmaking.rotation (
    event_id    uuid primary key references matchmaking.match_event (id),
    rounds      integer     not null check (rounds between 1 and 20),
    minutes     integer     not null check (minutes between 1 and 60),
    tables      integer     not null check (tables between 1 and 500),
    planned_at  timestamptz not null,
    version     integer     not null default 0
);

-- Who sits at which table in which round (a person is at one table a round, or sits it out: no row).
create table matchmaking.rotation_seat (
    event_id         uuid    not null references matchmaking.rotation (event_id),
    round            integer not null,
    table_number     integer not null,
    seat             integer not null,  -- the order at the table, as planned
    registration_id  uuid    not null references matchmaking.registration (id),
    primary key (event_id, round, registration_id)
);
create index rotation_seat_table on matchmaking.rotation_seat (event_id, round, table_number);
