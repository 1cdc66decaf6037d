package org.praxis.hub.internal;

import org.praxis.hub.internal.HubViews.SearchHit;
import org.praxis.hub.internal.HubViews.SearchQuery;
import org.praxis.hub.internal.HubViews.SearchResult;
import org.praxis.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Finds published resources: free text, facet filters, facet counts, snippets, sort and paging.
 *
 * <p>Browsing the whole library shows exact counts (kept by the database as resources are published). A
 * search reads at most {@code praxis.hub.search.max-counted} matches (default 500), the newest: it counts
 * and ranks those, and beyond that the result says "more than" and people are invited to narrow it. This
 * keeps every search fast however large the library grows (docs/hub-search-benchmark.md).
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final int TEXT_MAX = 200;
    public static final int PAGE_MAX = 100;

    private final JooqSearchQuery search;
    private final int cap;

    SearchService(JooqSearchQuery search, @Value("${praxis.hub.search.max-counted:500}") int cap) {
        this.search = search;
        this.cap = cap;
    }

    @PreAuthorize("isAuthenticated()")
    public SearchResult search(SearchQuery query) {
        if (query.text().length() > TEXT_MAX) {
            throw new InvalidInputException(List.of("hub.search.too-long"));
        }
        SearchQuery page = query.withPage(Math.max(0, query.offset()), Math.clamp(query.limit(), 1, PAGE_MAX));
        if (!page.hasText() && !page.hasFilters()) {
            return wholeLibrary(page);
        }
        boolean byRank = page.hasText() && page.sort() == SearchQuery.Sort.RELEVANCE;
        JooqSearchQuery.Found found = search.find(page, cap, byRank);
        boolean capped = found.matched() > cap;
        return new SearchResult(search.hits(found.page(), page.text()), capped ? cap : found.matched(), capped,
                JooqSearchQuery.countsByFacet(found.tagCounts()));
    }

    private SearchResult wholeLibrary(SearchQuery page) {
        Map<String, Map<String, Integer>> facets = search.libraryCounts();
        // Every published resource has exactly one type.
        int total = facets.get(SearchResult.TYPE).values().stream().mapToInt(Integer::intValue).sum();
        List<SearchHit> hits = page.offset() >= total ? List.of()
                : search.hits(search.newest(page.offset(), page.limit()), "");
        return new SearchResult(hits, total, false, facets);
    }
}
