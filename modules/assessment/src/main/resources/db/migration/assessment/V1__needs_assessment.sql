-- The assessment module's own schema.
create schema if not exists assessment;

-- One row per submitted support request: this module's copy of what the request said (fed by
-- SupportRequestSubmitted) and the needs assessment the programme team records on it.
create table assessment.request_assessment (
    request_id          uuid primary key,
    organisation_id     uuid          not null,
    organisation_name   varchar(200)  not null,
    title               varchar(150)  not null,
    mode                varchar(40)   not null,
    mode_other          varchar(200),
    has_capacities      varchar(40)[] not null default '{}',
    lacks               varchar(40)[] not null default '{}',
    context             varchar(4000) not null default '',
    timeline_start      date          not null,
    timeline_end        date,
    resources           varchar(2000) not null default '',
    submitted_at        timestamptz   not null,
    status              varchar(20)   not null default 'AWAITING'
                        check (status in ('AWAITING', 'IN_ASSESSMENT', 'COMPLETED', 'DECLINED', 'WITHDRAWN')),
    assessor_id         uuid,
    assessor_name       varchar(200),
    strengths           varchar(4000) not null default '',
    gaps                varchar(4000) not null default '',
    urgency             varchar(10)   check (urgency in ('LOW', 'MEDIUM', 'HIGH')),
    notes               varchar(4000) not null default '',
    rationale           varchar(4000) not null default '',
    decline_reason      varchar(2000) not null default '',
    decided_at          timestamptz,
    assessment_id       uuid,
    version             integer       not null default 0
);
create index assessment_status on assessment.request_assessment (status, submitted_at);
create index assessment_mode on assessment.request_assessment (mode);

-- The support routes decided (or being drafted) for a request.
create table assessment.decided_route (
    id                  uuid primary key,
    request_id          uuid         not null references assessment.request_assessment (request_id) on delete cascade,
    position            integer      not null,
    route               varchar(40)  not null,
    title               varchar(200) not null,
    details             varchar(2000) not null default '',
    effort_hours        integer      not null check (effort_hours >= 0 and effort_hours <= 1000),
    connect_with_id     uuid,
    connect_with_name   varchar(200)
);
create index decided_route_request on assessment.decided_route (request_id, position);

-- The catalogue of support routes with a typical effort, editable by the programme team.
create table assessment.route_catalogue (
    route               varchar(40)  primary key,
    title               varchar(200) not null,
    description         varchar(1000) not null,
    typical_effort_hours integer     not null check (typical_effort_hours >= 0)
);

-- Rules that suggest routes from what a request says. Data, not code: the team edits them.
-- A rule matches when every condition it sets holds (a null condition matches anything).
create table assessment.suggestion_rule (
    id                  uuid primary key,
    when_lacks          varchar(40),
    when_mode           varchar(40),
    when_missing        varchar(40),
    route               varchar(40)  not null references assessment.route_catalogue (route),
    suggested_title     varchar(200) not null,
    reason              varchar(500) not null,
    active              boolean      not null default true,
    version             integer      not null default 0
);

-- Programme team members who can be assigned as assessors (fed by identity's role events).
create table assessment.programme_member (
    person_id           uuid primary key,
    full_name           varchar(200) not null
);

insert into assessment.route_catalogue (route, title, description, typical_effort_hours) values
    ('CONSULTANCY_TIME', 'Consultancy time', 'Time with the programme team to plan and solve problems together.', 6),
    ('CONNECTION_WITH_INSTITUTION', 'Connection with another institution', 'An introduction to an institution that is working towards similar objectives.', 2),
    ('TRAIN_THE_TRAINER', 'Train-the-Trainer session', 'A session that prepares the institution''s staff to deliver the programme themselves.', 8),
    ('PORTAL_TOUR', 'Portal tour for postdocs', 'A guided tour of the portal so postdocs feel confident using it.', 2),
    ('TAILORED_GUIDANCE', 'Tailored guidance', 'Guidance written or given for this institution''s situation.', 4),
    ('OTHER', 'Other support', 'Anything else the team agrees to offer.', 2);

insert into assessment.suggestion_rule (id, when_lacks, when_mode, when_missing, route, suggested_title, reason) values
    ('00000000-0000-7000-8000-000000000001', 'KNOWLEDGE', 'RUN_COHORT', null, 'TAILORED_GUIDANCE',
     'Guidance on attracting postdocs and on the application and assessment process',
     'They want to run a cohort and say they lack knowledge of how to do it.'),
    ('00000000-0000-7000-8000-000000000002', null, 'RUN_COHORT', null, 'TRAIN_THE_TRAINER',
     'Online Train-the-Trainer session for the people who will review applications',
     'Running a cohort means staff must assess applications and deliver sessions.'),
    ('00000000-0000-7000-8000-000000000003', 'ADMIN_SUPPORT', null, null, 'CONSULTANCY_TIME',
     'Consultancy time to plan the work with little administrative support',
     'They lack administrative support, so planning together saves them time.'),
    ('00000000-0000-7000-8000-000000000004', null, 'EMBED_ALONGSIDE_PROVISION', null, 'CONNECTION_WITH_INSTITUTION',
     'Introduction to an institution that embedded the model alongside its own provision',
     'Learning from a peer that has done the same is the quickest route.'),
    ('00000000-0000-7000-8000-000000000005', null, 'PROMOTE_TO_POSTDOCS', null, 'PORTAL_TOUR',
     'Portal tour for the institution''s postdocs',
     'A tour helps postdocs feel confident using the portal on their own.'),
    ('00000000-0000-7000-8000-000000000006', null, null, 'FACILITATORS', 'TRAIN_THE_TRAINER',
     'Train-the-Trainer session to build a team of facilitators',
     'They do not mention experienced facilitators; training staff lets them deliver independently.'),
    ('00000000-0000-7000-8000-000000000007', 'TIME', null, null, 'TAILORED_GUIDANCE',
     'Short, ready-to-use guidance that fits a tight timeline',
     'They lack time, so ready-made guidance beats long consultations.'),
    ('00000000-0000-7000-8000-000000000008', null, 'PROMOTE_TO_MANAGERS', null, 'CONSULTANCY_TIME',
     'Consultancy on reaching managers of researchers, including the PI Network sessions',
     'Promoting to managers of researchers works best with a plan for how to reach them.');
