package org.praxis.hub.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.hub.events.ResourceId;
import org.praxis.platform.Licence;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Read-only projections the Hub views show. */
public final class HubViews {

    private HubViews() {
    }

    /** A vocabulary term. */
    public record Term(UUID id, Vocabulary vocabulary, String code, String label, String description, boolean active,
                       int position, int version) {
    }

    /** One line in a list of resources (submissions, moderation queue). */
    public record ResourceSummary(ResourceId id, String title, String type, ResourceStatus status,
                                  String ownerOrganisationName, String submittedByName, String reviewerName,
                                  @Nullable LocalDate reviewBy, @Nullable OffsetDateTime submittedAt,
                                  OffsetDateTime updatedAt) {
    }

    /** A file kept with a resource. */
    public record FileInfo(UUID id, String fileName, String mediaType, long sizeBytes) {
    }

    /** A link to media elsewhere, or a material delivered with an agreement. */
    public record LinkInfo(String title, String url, LinkKind kind, @Nullable String mediaType) {
    }

    /** One version, with what changed. */
    public record VersionInfo(int number, String whatChanged, String title, String changedBy, OffsetDateTime at) {
    }

    /** One step of the moderation history, with the reviewer's comment if any. */
    public record ReviewStep(ResourceStatus status, String action, String byName, String note, OffsetDateTime at) {
    }

    /** A reader's comment. */
    public record CommentInfo(String personName, String text, OffsetDateTime at) {
    }

    /** An "I adapted this" report. */
    public record AdaptationInfo(String personName, String organisationName, String note, OffsetDateTime at) {
    }

    /** Another resource, named: for "adapted from" and "adapted into". */
    public record ResourceRef(ResourceId id, String title, String ownerOrganisationName) {
    }

    /** What readers said, summed up. */
    public record FeedbackSummary(int usefulYes, int usefulNo, @Nullable Double averageStars, int ratings,
                                  @Nullable Boolean myUseful, @Nullable Integer myStars) {
    }

    /** Everything about one resource, for its page and its editor. */
    public record ResourceDetails(ResourceId id, ResourceStatus status, int version, ResourceForm content,
                                  @Nullable OrganisationId ownerOrganisationId, @Nullable PersonId submittedBy,
                                  String submittedByName, @Nullable PersonId reviewerId, String reviewerName,
                                  @Nullable UUID sourceAgreementId, @Nullable OffsetDateTime publishedAt,
                                  OffsetDateTime updatedAt, List<FileInfo> files, List<LinkInfo> deliveredMaterials,
                                  List<VersionInfo> versions, List<ReviewStep> history,
                                  @Nullable ResourceRef adaptedFrom, List<ResourceRef> adaptations) {
    }

    /** A search: free text, facet filters (any of the values within a facet, all facets together), sort, page. */
    public record SearchQuery(String text, Set<String> types, Set<String> beneficiaries, Set<String> stakeholders,
                              Set<String> principles, Set<String> keywords, Set<Level> levels, Set<Format> formats,
                              Sort sort, int offset, int limit) {

        public enum Sort {
            RELEVANCE,
            NEWEST
        }

        public static SearchQuery of(String text) {
            return new SearchQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                    Sort.RELEVANCE, 0, 20);
        }

        public boolean hasText() {
            return !text.isBlank();
        }

        public boolean hasFilters() {
            return !(types.isEmpty() && beneficiaries.isEmpty() && stakeholders.isEmpty() && principles.isEmpty()
                    && keywords.isEmpty() && levels.isEmpty() && formats.isEmpty());
        }

        public SearchQuery withPage(int newOffset, int newLimit) {
            return new SearchQuery(text, types, beneficiaries, stakeholders, principles, keywords, levels, formats,
                    sort, newOffset, newLimit);
        }
    }

    /**
     * One search result. {@code snippet} is safe HTML: the matching text, escaped, with the matched words
     * in {@code <mark>}.
     */
    public record SearchHit(ResourceId id, String title, String type, String plainSummary, String snippetHtml,
                            String ownerOrganisationName, Level level, @Nullable OffsetDateTime publishedAt) {
    }

    /**
     * A page of results, the total, and per facet the number of results for each value. When
     * {@code capped}, more than {@code total} resources match: the counts and the ranking cover the
     * {@code total} newest matches.
     */
    public record SearchResult(List<SearchHit> hits, int total, boolean capped, Map<String, Map<String, Integer>> facets) {

        /** Facet names used as keys of {@link #facets()}. */
        public static final String TYPE = "type";
        public static final String BENEFICIARY = "beneficiary";
        public static final String STAKEHOLDER = "stakeholder";
        public static final String PRINCIPLE = "principle";
        public static final String KEYWORD = "keyword";
        public static final String LEVEL = "level";
        public static final String FORMAT = "format";

        public int count(String facet, String value) {
            return facets.getOrDefault(facet, Map.of()).getOrDefault(value, 0);
        }
    }

    /** Usage of one resource, for funder evidence. */
    public record ResourceUsage(ResourceId id, String title, String type, String ownerOrganisationName, long views,
                                long downloads, int usefulYes, int usefulNo, @Nullable Double averageStars,
                                int adaptations) {
    }

    /** Usage of everything an organisation contributed. */
    public record OrganisationUsage(String organisationName, int resources, long views, long downloads,
                                    int adaptations) {
    }
}
