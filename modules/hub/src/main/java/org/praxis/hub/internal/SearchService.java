package org.praxis.hub.internal;

import org.praxis.hub.internal.HubViews.SearchHit;
import org.praxis.hub.internal.HubViews.SearchQuery;
import org.praxis.hub.internal.HubViews.SearchResult;
import org.praxis.hub.internal.JooqSearchQuery.Candidate;
import org.praxis.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds published resources: free text, facet filters, facet counts, snippets, sort and paging.
 *
 * <p>Browsing the whole library shows exact counts (kept by the database as resources are published). A
 * search reads at most {@code praxis.hub.search.max-counted} matches (default 1,000), the newest: it counts
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

    SearchService(JooqSearchQuery search, @Value("${praxis.hub.search.max-counted:1000}") int cap) {
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
        List<Candidate> matches = search.candidates(page, cap + 1);
        boolean capped = matches.size() > cap;
        List<Candidate> counted = capped ? matches.subList(0, cap) : matches;
        if (page.hasText() && page.sort() == SearchQuery.Sort.RELEVANCE) {
            // A stable sort: equally relevant resources stay newest first.
            counted = counted.stream().sorted(Comparator.comparingDouble(Candidate::rank).reversed()).toList();
        }
        List<UUID> shown = counted.stream().skip(page.offset()).limit(page.limit()).map(Candidate::id).toList();
        return new SearchResult(search.hits(shown, page.text()), counted.size(), capped, facetCounts(counted));
    }

    private SearchResult wholeLibrary(SearchQuery page) {
        Map<String, Map<String, Integer>> facets = search.libraryCounts();
        // Every published resource has exactly one type.
        int total = facets.get(SearchResult.TYPE).values().stream().mapToInt(Integer::intValue).sum();
        List<SearchHit> hits = page.offset() >= total ? List.of()
                : search.hits(search.newest(page.offset(), page.limit()), "");
        return new SearchResult(hits, total, false, facets);
    }

    private static Map<String, Map<String, Integer>> facetCounts(List<Candidate> counted) {
        Map<String, Integer> tagCounts = new HashMap<>();
        for (Candidate candidate : counted) {
            for (String tag : candidate.tags()) {
                tagCounts.merge(tag, 1, Integer::sum);
            }
        }
        return JooqSearchQuery.countsByFacet(tagCounts);
    }
}
