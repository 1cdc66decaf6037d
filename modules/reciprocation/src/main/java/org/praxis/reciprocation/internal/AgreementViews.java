package org.praxis.reciprocation.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.platform.Licence;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.Material;
import org.praxis.reciprocation.events.ReciprocationType;
import org.praxis.reciprocation.events.Side;
import org.praxis.requests.events.SupportRequestId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read-only projections the agreement views show. */
public final class AgreementViews {

    private AgreementViews() {
    }

    /** One line in a list of agreements. */
    public record AgreementSummary(AgreementId id, OrganisationId organisationId, String organisationName,
                                   String title, AgreementStatus status, int proposal,
                                   @Nullable Integer agreedVersion, int itemsDone, int itemsTotal,
                                   @Nullable LocalDate nextDue, OffsetDateTime updatedAt) {
    }

    /** Everything about one agreement, for its page. */
    public record AgreementDetails(AgreementId id, SupportRequestId requestId, OrganisationId organisationId,
                                   String organisationName, String title, LocalDate timelineStart,
                                   AgreementStatus status, int version, int proposal,
                                   @Nullable Integer agreedVersion, List<Item> support, List<Item> reciprocation,
                                   List<VersionRecord> versions, List<Person> leads,
                                   List<Person> responsibleCandidates) {

        /** The version waiting for acceptance, if one is. */
        public Optional<VersionRecord> pendingVersion() {
            return status == AgreementStatus.PROPOSED
                    ? versions.stream().filter(v -> v.number() == proposal).findFirst()
                    : Optional.empty();
        }

        public List<Item> items() {
            return java.util.stream.Stream.concat(support.stream(), reciprocation.stream()).toList();
        }

        public Optional<Item> item(UUID itemId) {
            return items().stream().filter(item -> item.id().equals(itemId)).findFirst();
        }

        /** Whether it was ever accepted by both sides (its items can be delivered once it is accepted). */
        public boolean everAgreed() {
            return agreedVersion != null;
        }
    }

    /** One item on either side. */
    public record Item(UUID id, Side side, int position, @Nullable SupportRoute route,
                       @Nullable ReciprocationType type, @Nullable String connectWithName, String title,
                       String details, @Nullable String owner, @Nullable PersonId responsible,
                       @Nullable String responsibleName, int effortHours, LocalDate dueDate, ItemStatus status,
                       @Nullable OffsetDateTime completedAt, @Nullable String completedByName, String evidenceNote,
                       List<Evidence> evidence, @Nullable String description, @Nullable Licence licence,
                       @Nullable String attribution) {

        public boolean done() {
            return status == ItemStatus.DONE;
        }

        /** The route or the reciprocation type, as stored (enum name), if any. */
        public @Nullable String category() {
            return route != null ? route.name() : type != null ? type.name() : null;
        }
    }

    /** A file or link given as evidence that an item is done. */
    public record Evidence(UUID id, Material.Kind kind, String title, String location, @Nullable String mediaType,
                           @Nullable Long sizeBytes) {
    }

    /** One proposed version: what it contained and who accepted it when. */
    public record VersionRecord(int number, OffsetDateTime proposedAt, String proposedByName,
                                @Nullable OffsetDateTime teamAcceptedAt, @Nullable String teamAcceptedByName,
                                @Nullable OffsetDateTime leadAcceptedAt, @Nullable String leadAcceptedByName,
                                @Nullable OffsetDateTime supersededAt, List<VersionItem> items) {

        public boolean acceptedByBoth() {
            return teamAcceptedAt != null && leadAcceptedAt != null;
        }

        public boolean acceptedBy(Party party) {
            return party == Party.PROGRAMME_TEAM ? teamAcceptedAt != null : leadAcceptedAt != null;
        }
    }

    /** An item as a version contained it. */
    public record VersionItem(UUID itemId, Side side, @Nullable String category, String title, String details,
                              @Nullable String owner, @Nullable String responsibleName, int effortHours,
                              LocalDate dueDate) {
    }

    /** The two parties to an agreement: each accepts every version. */
    public enum Party {
        PROGRAMME_TEAM,
        INSTITUTION
    }

    /** A person known to this module: an institution lead or a programme team member. */
    public record Person(PersonId id, String name, Role role, OrganisationId organisationId) {
    }

    /** An open item due soon or overdue, for the dashboard and reminders. */
    public record DueItem(AgreementId agreementId, String agreementTitle, UUID itemId, OrganisationId organisationId,
                          String organisationName, Side side, String title, @Nullable PersonId responsible,
                          @Nullable String responsibleName, LocalDate dueDate) {
    }

    /** A file kept as evidence, ready to be sent to someone's browser (who closes {@code content}). */
    public record StoredFile(String fileName, String mediaType, long size, java.io.InputStream content) {
    }
}
