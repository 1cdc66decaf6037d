package org.praxis.hub.internal;

import org.jooq.DSLContext;
import org.jooq.QueryPart;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.HubViews.SearchHit;
import org.praxis.hub.internal.HubViews.SearchQuery;
import org.praxis.hub.internal.HubViews.SearchResult;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Faceted full-text search in PostgreSQL, over {@code hub.search_entry}: one narrow row per published
 * resource, kept by triggers (migration V3). Its {@code document} holds the resource's weighted words
 * (title A; summaries and facet labels B; body C; file text D) plus one word per facet value
 * ({@code type=toolkit}), so that free text ({@code websearch_to_tsquery}: quotes, "or" and "-word" work as
 * people expect) and facet filters are answered together by one GIN index. Phrases are first narrowed by
 * the {@code word_pairs} index. Snippets ({@code ts_headline}) are made for the shown page only.
 *
 * <p>Values reach the SQL as inlined, escaped literals rather than bind variables: the planner then sees the
 * actual words and facet values and chooses, per search, between reading the index (a selective search)
 * and walking the newest resources until it has enough (a broad one).
 */
@Repository
class JooqSearchQuery {

    /** Marks for matched words in snippets: unusual characters, replaced by {@code <mark>} after escaping. */
    static final String START = "\u27E6";
    static final String STOP = "\u27E7";
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final DSLContext sql;

    JooqSearchQuery(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * What a search found: the shown page's resource ids in order, how many matches were read (at most the
     * cap + 1, so that "more than" can be told), and per facet value the number of counted matches.
     */
    record Found(List<UUID> page, int matched, Map<String, Integer> tagCounts) {
    }

    /**
     * Finds the newest {@code cap + 1} matches at most, counts their facet values (over the newest {@code cap})
     * and picks the page: best first when ranking by relevance, else newest first. All in one statement, so
     * that only the page and the counts leave the database.
     */
    Found find(SearchQuery query, int cap, boolean byRank) {
        List<QueryPart> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder("with matched as materialized (select e.resource_id, e.published_at, e.tags, ");
        text.append(byRank ? "ts_rank(e.document, websearch_to_tsquery('english', {0})) as rank" : "0 as rank");
        if (query.hasText()) {
            parts.add(DSL.inline(query.text().strip()));
        }
        text.append(" from hub.search_entry e where true");
        if (query.hasText()) {
            // The pairs condition folds away at planning when the text holds no phrase.
            text.append(" and e.document @@ websearch_to_tsquery('english', {0})"
                    + " and (hub.word_pairs_query(websearch_to_tsquery('english', {0})) is null"
                    + " or e.word_pairs @@ hub.word_pairs_query(websearch_to_tsquery('english', {0})))");
        }
        String facets = facetQuery(query);
        if (!facets.isEmpty()) {
            text.append(" and e.document @@ cast({").append(parts.size()).append("} as tsquery)");
            parts.add(DSL.inline(facets));
        }
        text.append(" order by e.published_at desc, e.resource_id limit ").append(cap + 1).append("), ")
                .append("counted as (select * from matched order by published_at desc, resource_id limit ").append(cap)
                .append(") select 0, p.resource_id::text, p.position::int from (select resource_id, row_number() over (order by ")
                .append(byRank ? "rank desc, " : "").append("published_at desc, resource_id) as position from counted) p")
                .append(" where p.position > ").append(query.offset())
                .append(" and p.position <= ").append((long) query.offset() + query.limit())
                .append(" union all select 1, null, count(*)::int from matched")
                .append(" union all select 2, t, count(*)::int from (select unnest(tags) as t from counted) v group by t");
        List<Map.Entry<Integer, UUID>> page = new ArrayList<>();
        Map<String, Integer> tagCounts = new HashMap<>();
        int[] matched = {0};
        sql.resultQuery(text.toString(), parts.toArray()).forEach(r -> {
            switch (r.get(0, Integer.class)) {
                case 0 -> page.add(Map.entry(r.get(2, Integer.class), UUID.fromString(r.get(1, String.class))));
                case 1 -> matched[0] = r.get(2, Integer.class);
                default -> tagCounts.put(r.get(1, String.class), r.get(2, Integer.class));
            }
        });
        page.sort(Map.Entry.comparingByKey());
        return new Found(page.stream().map(Map.Entry::getValue).toList(), matched[0], tagCounts);
    }

    /**
     * The facet filters as a text-search query over the facet words: any of the chosen values within a
     * facet, all facets together, e.g. {@code ('type=toolkit' | 'type=template') & 'level=EXPERIENCED'}.
     * Empty when nothing is chosen.
     */
    static String facetQuery(SearchQuery query) {
        List<String> groups = new ArrayList<>();
        group(groups, SearchResult.TYPE, query.types());
        group(groups, SearchResult.BENEFICIARY, query.beneficiaries());
        group(groups, SearchResult.STAKEHOLDER, query.stakeholders());
        group(groups, SearchResult.PRINCIPLE, query.principles());
        group(groups, SearchResult.KEYWORD, query.keywords());
        group(groups, SearchResult.LEVEL, query.levels().stream().map(Enum::name).toList());
        group(groups, SearchResult.FORMAT, query.formats().stream().map(Enum::name).toList());
        return String.join(" & ", groups);
    }

    private static void group(List<String> groups, String facet, Collection<String> values) {
        if (!values.isEmpty()) {
            groups.add(values.stream().sorted().map(value -> lexeme(facet + "=" + value))
                    .reduce((a, b) -> a + " | " + b).map(any -> "(" + any + ")").orElseThrow());
        }
    }

    /** A word quoted for the text form of a {@code tsquery}: whatever it holds stays one literal word. */
    static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** The newest published resources, for browsing the library without text or filters. */
    List<UUID> newest(int offset, int limit) {
        return sql.resultQuery("select resource_id from hub.search_entry order by published_at desc, resource_id "
                        + "limit {0} offset {1}", DSL.inline(limit), DSL.inline(offset))
                .fetch(r -> r.get(0, UUID.class));
    }

    /** The whole library's facet counts, exact: kept per facet value by a trigger. */
    Map<String, Map<String, Integer>> libraryCounts() {
        return countsByFacet(sql.resultQuery("select tag, resources from hub.tag_count where resources > 0")
                .fetchMap(r -> r.get(0, String.class), r -> r.get(1, Integer.class)));
    }

    /** Counts of {@code facet=value} words turned into, per facet, the count of each value. */
    static Map<String, Map<String, Integer>> countsByFacet(Map<String, Integer> tagCounts) {
        Map<String, Map<String, Integer>> facets = emptyFacets();
        tagCounts.forEach((tag, count) -> {
            int at = tag.indexOf('=');
            Map<String, Integer> values = at < 0 ? null : facets.get(tag.substring(0, at));
            if (values != null) {
                values.merge(tag.substring(at + 1), count, Integer::sum);
            }
        });
        return facets;
    }

    static Map<String, Map<String, Integer>> emptyFacets() {
        Map<String, Map<String, Integer>> facets = new java.util.LinkedHashMap<>();
        for (String facet : List.of(SearchResult.TYPE, SearchResult.BENEFICIARY, SearchResult.STAKEHOLDER,
                SearchResult.PRINCIPLE, SearchResult.KEYWORD, SearchResult.LEVEL, SearchResult.FORMAT)) {
            facets.put(facet, new java.util.LinkedHashMap<>());
        }
        return facets;
    }

    /**
     * The shown page's resources, in the given order, with a snippet: around the matched words when there
     * is text (escaped, matches in {@code <mark>}), else the start of the summary.
     */
    List<SearchHit> hits(List<UUID> ids, String searchText) {
        if (ids.isEmpty()) {
            return List.of();
        }
        boolean marked = !searchText.isBlank();
        String snippet = marked
                ? "ts_headline('english', r.plain_summary || ' ' || r.summary || ' ' || left(r.body, 1000), "
                        + "websearch_to_tsquery('english', {1}), {2})"
                : "left(case when r.summary <> '' then r.summary else r.body end, 300)";
        List<SearchHit> hits = sql.resultQuery("select r.id, r.title, r.type, r.plain_summary, "
                        + "r.owner_organisation_name, r.level, r.published_at, " + snippet
                        + " from hub.resource r where r.id = any({0})",
                        DSL.val(ids.toArray(UUID[]::new), SQLDataType.UUID.array()),
                        DSL.inline(searchText.strip()), DSL.inline(HEADLINE_OPTIONS))
                .fetch(r -> new SearchHit(new ResourceId(r.get(0, UUID.class)), r.get(1, String.class),
                        r.get(2, String.class), r.get(3, String.class), snippetHtml(r.get(7, String.class), marked),
                        r.get(4, String.class), Level.valueOf(r.get(5, String.class)),
                        r.get(6, OffsetDateTime.class)));
        Map<UUID, Integer> order = new HashMap<>();
        ids.forEach(id -> order.putIfAbsent(id, order.size()));
        return hits.stream().sorted(Comparator.comparing((Function<SearchHit, Integer>) h -> order.get(h.id().value())))
                .toList();
    }

    /** Escapes the snippet and turns the match marks into {@code <mark>}: safe HTML whatever the text held. */
    static String snippetHtml(String raw, boolean marked) {
        String escaped = SafeMarkdown.escape(raw.replaceAll("[#*_`>\\[\\]]+", " ").replaceAll("\\s+", " ").strip());
        if (!marked) {
            return escaped;
        }
        return escaped.replace(START, "<mark>").replace(STOP, "</mark>");
    }
}
