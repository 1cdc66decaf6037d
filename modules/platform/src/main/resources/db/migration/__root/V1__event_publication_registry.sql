-- Spring Modulith's JDBC event publication registry (schema v2 of Modulith 2.1), in a schema of its own.
-- Every published event is kept here until each listener has completed; incomplete ones are
-- resubmitted on restart, so nothing is lost if the process dies between publishing and handling.
create schema if not exists events;

create table if not exists events.event_publication (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx
    on events.event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx
    on events.event_publication (completion_date);
