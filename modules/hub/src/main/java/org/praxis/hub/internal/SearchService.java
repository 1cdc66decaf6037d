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
 * Counts and relevance ranking cover at most {@code praxis.hub.search.max-counted} matches (default
 * 1,000, the newest); beyond that the result says "more than" and people are invited to narrow it.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final int TEXT_MAX = 200;
    public static final int PAGE_MAX = 100;

    private final JooqSearchQuery search;
    private final FacetCountCache wholeLibrary;
    private final int cap;

    SearchService(JooqSearchQuery search, FacetCountCache wholeLibrary,
                  @Value("${praxis.hub.search.max-counted:1000}") int cap) {
        this.search = search;
        this.wholeLibrary = wholeLibrary;
        this.cap = cap;
    }

    @PreAuthorize("isAuthenticated()")
    public SearchResult search(SearchQuery query) {
        if (query.text().length() > TEXT_MAX) {
            throw new InvalidInputException(List.of("hub.search.too-long"));
        }
        SearchQuery page = query.withPage(Math.max(0, query.offset()), Math.clamp(query.limit(), 1, PAGE_MAX));
        boolean wholeLibraryQuery = !page.hasText() && !page.hasFilters();
        // The whole library's counts are exact (and cached); a search counts at most `cap` matches, the newest,
        // so that a broad search stays fast however large the library grows.
        Map<String, Map<String, Integer>> facets = new java.util.LinkedHashMap<>(wholeLibraryQuery
                ? wholeLibrary.get(() -> search.facets(page))
                : search.facets(page, cap));
        int counted = facets.remove(JooqSearchQuery.MATCHED).getOrDefault("all", 0);
        boolean capped = !wholeLibraryQuery && counted > cap;
        int total = capped ? cap : counted;
        List<SearchHit> hits = total == 0 || page.offset() >= total ? List.of() : search.hits(page, cap);
        return new SearchResult(hits, total, capped, facets);
    }
}
