package org.praxis.hub.internal;

import org.praxis.hub.internal.HubViews.SearchHit;
import org.praxis.hub.internal.HubViews.SearchQuery;
import org.praxis.hub.internal.HubViews.SearchResult;
import org.praxis.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** Finds published resources: free text, facet filters, facet counts, snippets, sort and paging. */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final int TEXT_MAX = 200;
    public static final int PAGE_MAX = 100;

    private final JooqSearchQuery search;
    private final FacetCountCache wholeLibrary;

    SearchService(JooqSearchQuery search, FacetCountCache wholeLibrary) {
        this.search = search;
        this.wholeLibrary = wholeLibrary;
    }

    @PreAuthorize("isAuthenticated()")
    public SearchResult search(SearchQuery query) {
        if (query.text().length() > TEXT_MAX) {
            throw new InvalidInputException(List.of("hub.search.too-long"));
        }
        SearchQuery page = query.withPage(Math.max(0, query.offset()), Math.clamp(query.limit(), 1, PAGE_MAX));
        Map<String, Map<String, Integer>> facets = page.hasText() || page.hasFilters()
                ? search.facets(page)
                : wholeLibrary.get(() -> search.facets(page));
        int total = facets.get(SearchResult.TYPE).values().stream().mapToInt(Integer::intValue).sum();
        List<SearchHit> hits = total == 0 || page.offset() >= total ? List.of() : search.hits(page);
        return new SearchResult(hits, total, facets);
    }
}
