-- The library's search index: one narrow row per published resource, kept up to date by triggers, so that
-- a search reads small rows instead of whole resources (see docs/hub-search-benchmark.md for the figures).
--
-- document   the resource's weighted words (hub.resource.search) plus one word per facet value, such as
--            "type=toolkit" or "keyword=coaching", so that text and facet filters are answered together
--            by one GIN index. Kept inside the row (storage main), never compressed apart, so that checking
--            and ranking a row is cheap.
-- word_pairs every two neighbouring words with their distance ("career 1 develop"; "deal 2 failur" for "dealing
--            with failure", whose "with" is too common to be a word of its own): a phrase search first narrows
--            to the resources holding all its word pairs, instead of checking word positions in every resource.
-- tags       the facet values, to count them.
create table hub.search_entry (
    resource_id  uuid        primary key references hub.resource (id) on delete cascade,
    published_at timestamptz not null,
    tags         text[]      not null,
    document     tsvector    not null,
    word_pairs   tsvector    not null
);
alter table hub.search_entry alter column document set storage main;
alter table hub.search_entry alter column tags set storage main;
create index search_entry_newest on hub.search_entry (published_at desc, resource_id);
create index search_entry_document on hub.search_entry using gin (document);
create index search_entry_word_pairs on hub.search_entry using gin (word_pairs);

-- How many published resources carry each facet value: the whole library's facet counts, always exact.
create table hub.tag_count (
    tag       text    primary key,
    resources integer not null check (resources >= 0)
);

create function hub.facet_tags(type text, level text, beneficiaries text[], stakeholders text[], principles text[],
                               keywords text[], formats text[]) returns text[]
    language sql immutable parallel safe as $$
    select array(select distinct t from unnest(array['type=' || type, 'level=' || level]
        || array(select 'beneficiary=' || v from unnest(beneficiaries) v)
        || array(select 'stakeholder=' || v from unnest(stakeholders) v)
        || array(select 'principle=' || v from unnest(principles) v)
        || array(select 'keyword=' || v from unnest(keywords) v)
        || array(select 'format=' || v from unnest(formats) v)) t order by t)
$$;

create function hub.word_pairs(document tsvector) returns tsvector
    language sql immutable strict parallel safe as $$
    select coalesce(array_to_tsvector(array_agg(distinct w.lexeme || ' ' || (w.next_at - w.at) || ' ' || w.next_lexeme)),
                    ''::tsvector)
    from (select word.lexeme, word.at, lead(word.lexeme) over (order by word.at) as next_lexeme,
                 lead(word.at) over (order by word.at) as next_at
          from (select lexeme, unnest(positions) as at from unnest(document)) word) w
    where w.next_at > w.at
$$;

-- The word pairs a match of this query must contain, as a query on word_pairs: each "a <-> b" or "a <2> b" of a
-- phrase, read from the query's text form ('deal' <2> 'failur' for "dealing with failure"). Null when there is
-- nothing to narrow by (no phrase), or when narrowing would be wrong: with "or" or "not" a phrase is not
-- required of every match.
create function hub.word_pairs_query(query tsquery) returns tsquery
    language sql immutable strict parallel safe as $$
    with token as (
        select t.n, t.m[1] as text,
               case when t.m[1] like '''%'
                    then replace(replace(substr(t.m[1], 2, length(t.m[1]) - 2), '''''', ''''), '\\', '\') end as lexeme,
               case when t.m[1] = '<->' then 1 when t.m[1] ~ '^<\d+>$' then substring(t.m[1] from 2 for length(t.m[1]) - 2)::int end
                   as distance
        from regexp_matches(query::text, '(''(?:[^'']|'''')*''|<->|<\d+>|[&|!()])', 'g') with ordinality as t(m, n))
    select case when exists (select 1 from token where text in ('|', '!')) then null
                else (select string_agg('''' || replace(replace(a.lexeme || ' ' || operator.distance || ' ' || b.lexeme,
                                                                '\', '\\'), '''', '''''') || '''', ' & ')
                      from token a
                      join token operator on operator.n = a.n + 1 and operator.distance > 0
                      join token b on b.n = a.n + 2
                      where a.lexeme is not null and b.lexeme is not null)::tsquery
           end
$$;

create function hub.keep_search_entry() returns trigger language plpgsql as $$
declare
    facet_tags text[];
begin
    if new.status <> 'PUBLISHED' then
        delete from hub.search_entry where resource_id = new.id;
        return null;
    end if;
    facet_tags := hub.facet_tags(new.type, new.level, new.beneficiaries, new.stakeholders, new.principles,
                                 new.keywords, new.formats);
    insert into hub.search_entry (resource_id, published_at, tags, document, word_pairs)
    values (new.id, coalesce(new.published_at, now()), facet_tags, new.search || array_to_tsvector(facet_tags),
            hub.word_pairs(new.search))
    on conflict (resource_id) do update set published_at = excluded.published_at, tags = excluded.tags,
        document = excluded.document, word_pairs = excluded.word_pairs
    where (hub.search_entry.published_at, hub.search_entry.tags, hub.search_entry.document)
          is distinct from (excluded.published_at, excluded.tags, excluded.document);
    return null;
end
$$;

create trigger resource_search_entry after insert or update on hub.resource
    for each row execute function hub.keep_search_entry();

create function hub.count_tags() returns trigger language plpgsql as $$
declare
    removed text[] := '{}';
    added   text[] := '{}';
begin
    if tg_op = 'INSERT' then
        added := new.tags;
    elsif tg_op = 'DELETE' then
        removed := old.tags;
    else
        removed := array(select unnest(old.tags) except select unnest(new.tags));
        added := array(select unnest(new.tags) except select unnest(old.tags));
    end if;
    -- Lock the counts in one order, so that two publications at the same moment cannot deadlock.
    perform 1 from hub.tag_count where tag = any(removed || added) order by tag for update;
    update hub.tag_count set resources = resources - 1 where tag = any(removed);
    insert into hub.tag_count (tag, resources) select distinct t, 1 from unnest(added) t
    on conflict (tag) do update set resources = hub.tag_count.resources + 1;
    return null;
end
$$;

create trigger search_entry_tag_count after insert or update of tags or delete on hub.search_entry
    for each row execute function hub.count_tags();

insert into hub.search_entry (resource_id, published_at, tags, document, word_pairs)
select id, coalesce(published_at, updated_at), tags, search || array_to_tsvector(tags), hub.word_pairs(search)
from (select r.*, hub.facet_tags(r.type, r.level, r.beneficiaries, r.stakeholders, r.principles, r.keywords,
                                 r.formats) as tags
      from hub.resource r where r.status = 'PUBLISHED') published;

-- Searches no longer read hub.resource's own search indexes.
drop index hub.resource_search;
drop index hub.resource_beneficiaries;
drop index hub.resource_stakeholders;
drop index hub.resource_principles;
drop index hub.resource_keywords;
drop index hub.resource_formats;
drop index hub.resource_type;
