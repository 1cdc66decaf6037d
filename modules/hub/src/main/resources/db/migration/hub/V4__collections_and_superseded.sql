-- "Superseded by": a moderator marks a published resource as replaced by a newer published one.
-- Kept beside the resource rather than in its row: the mark is a moderation fact with its own who and when
-- (also written to hub.review_event), and the resource row and its search stay as they are.
create table hub.resource_superseded (
    resource_id    uuid         primary key references hub.resource (id) on delete cascade,
    superseded_by  uuid         not null references hub.resource (id) on delete cascade,
    marked_by_name varchar(200) not null default '',
    marked_at      timestamptz  not null default now(),
    check (resource_id <> superseded_by)
);
create index resource_superseded_by on hub.resource_superseded (superseded_by);

-- Collections and curated pathways: published resources gathered by the programme team around one aim.
-- In a pathway the order matters and readers see "Step 2 of 6".
create table hub.resource_collection (
    id              uuid primary key,
    title           varchar(200)  not null,
    description     varchar(2000) not null default '',   -- plain language
    pathway         boolean       not null default false,
    status          varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    created_by_name varchar(200)  not null default '',
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    published_at    timestamptz,
    version         integer       not null default 0
);
create index resource_collection_status on hub.resource_collection (status, lower(title));

-- The resources of a collection, in order (position 1, 2, ...), each with the curator's note ("why this step").
create table hub.resource_collection_item (
    collection_id uuid         not null references hub.resource_collection (id) on delete cascade,
    position      integer      not null check (position > 0),
    resource_id   uuid         not null references hub.resource (id) on delete cascade,
    note          varchar(300) not null default '',
    primary key (collection_id, position),
    constraint resource_collection_item_once unique (collection_id, resource_id)
);
create index resource_collection_item_resource on hub.resource_collection_item (resource_id);
