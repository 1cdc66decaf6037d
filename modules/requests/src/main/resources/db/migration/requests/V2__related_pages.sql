-- Pages other modules keep that belong to a request (the team's decision, its agreement, resources that
-- came from it),
-- told by SupportRequestLinked. By route only: requests knows nothing else of those modules.
create table requests.related_page (
    request_id  uuid          not null references requests.support_request (id) on delete cascade,
    page        varchar(30)   not null check (page in ('DECISION', 'AGREEMENT', 'RESOURCE')),
    link        varchar(300)  not null,
    linked_at   timestamptz   not null,
    primary key (request_id, link)
);
