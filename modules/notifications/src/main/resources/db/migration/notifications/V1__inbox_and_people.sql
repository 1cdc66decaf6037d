-- The notifications module's own schema.
create schema if not exists notifications;

-- People as identity's events describe them: who can be told what, and where to email them.
-- Fed by PersonRegistered, RoleGranted and RoleRevoked, which may arrive in any order, so every
-- column but the id may be unknown for a moment.
create table notifications.person (
    id               uuid primary key,            -- identity's person; by id only, no cross-schema key
    organisation_id  uuid,
    full_name        varchar(200),
    email            varchar(320)
);
create index person_organisation on notifications.person (organisation_id);

create table notifications.person_role (
    person_id  uuid        not null references notifications.person (id) on delete cascade,
    role       varchar(40) not null,
    primary key (person_id, role)
);
create index person_role_role on notifications.person_role (role);

-- Organisation names, for messages such as "... from Liceria University".
create table notifications.organisation (
    id    uuid primary key,
    name  varchar(200) not null
);

-- One message for one person. The text is not stored: the message key and its arguments are,
-- so the message is written in the reader's language when it is shown (or emailed).
-- Each argument is "kind:value": text:<as is>, key:<i18n key to translate>, date:<ISO date>.
create table notifications.notification (
    id              uuid primary key,
    recipient_id    uuid          not null,
    -- What caused it, built from the event's identity (e.g. "agreement-proposed:<id>:v2"); with the
    -- recipient it is unique, so a redelivered event never notifies anyone twice.
    event_key       varchar(300)  not null,
    message_key     varchar(120)  not null,
    message_args    varchar(1000)[] not null default '{}',
    link            varchar(300)  not null default '',   -- a route path inside Praxis, e.g. requests/<id>
    created_at      timestamptz   not null default now(),
    read_at         timestamptz,
    -- Email copy: OFF (email not configured when it was created), PENDING, SENT, GAVE_UP.
    email_state     varchar(10)   not null default 'OFF' check (email_state in ('OFF', 'PENDING', 'SENT', 'GAVE_UP')),
    email_attempts  integer       not null default 0,
    email_last_attempt_at timestamptz,
    email_sent_at   timestamptz,
    email_error     varchar(1000),
    constraint notification_once_per_event_and_person unique (event_key, recipient_id)
);
create index notification_inbox on notifications.notification (recipient_id, created_at desc);
create index notification_unread on notifications.notification (recipient_id) where read_at is null;
create index notification_email_pending on notifications.notification (created_at) where email_state = 'PENDING';
