package org.praxis.matchmaking.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.PartnershipId;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.matchmaking.events.SeedApplicationId;
import org.praxis.platform.PersonId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What matchmaking's screens read: records with exactly the fields shown. */
public final class MatchmakingViews {

    private MatchmakingViews() {
    }

    /** A match event with its places per group (groups with no places left out). */
    public record MatchEvent(MatchEventId id, String title, String description, EventFormat format,
                             OffsetDateTime startsAt, OffsetDateTime endsAt, String place, String link,
                             boolean autoAccept, PersonId organiser, List<Places> places, int version) {

        public boolean online() {
            return format == EventFormat.ONLINE;
        }
    }

    /** One group's places at an event: how many, how many are taken (or held for an offer), how many wait. */
    public record Places(AttendeeSide side, int places, int taken, int waiting) {

        public int free() {
            return Math.max(0, places - taken);
        }
    }

    /** A registration as its person and the organiser see it. */
    public record Registration(RegistrationId id, MatchEventId eventId, String eventTitle, OffsetDateTime startsAt,
                               PersonId person, String name, @Nullable String organisation, AttendeeSide side,
                               String offer, String lookingFor, String themes, String location,
                               String accessNeeds, DirectoryVisibility visibility, boolean prefersGroup,
                               RegistrationStatus status,
                               @Nullable OffsetDateTime offeredUntil, int version) {
    }

    /** An attendee in an event's directory; access needs are never part of it. */
    public record DirectoryEntry(RegistrationId registration, PersonId person, String name, @Nullable String organisation, AttendeeSide side,
                                 String offer, String lookingFor, String themes, String location) {
    }

    /** A published Hub resource, linked to an event as pre-work. */
    public record Material(UUID resourceId, String title, String type) {
    }

    /** One item of the "before you come" checklist, and whether the person has confirmed it. */
    public record ChecklistItem(UUID id, String text, boolean confirmed) {
    }

    /** An event's speed-networking rotation: rounds of so many minutes at up to so many tables, and who sits where. */
    public record RotationPlan(MatchEventId eventId, String eventTitle, int rounds, int minutes, int tables,
                               int version, Rotation rotation) {

        public RotationQuality quality() {
            return RotationQuality.of(rotation);
        }
    }

    /** A partnership formed at an event, with its partners' names. */
    public record Partnership(PartnershipId id, MatchEventId eventId, String eventTitle, String name,
                              PersonId communityPartner, String communityName, PersonId researchPartner,
                              String researcherName, @Nullable PersonId broker, @Nullable String brokerName,
                              OffsetDateTime formedAt) {

        public boolean hasMember(PersonId person) {
            return communityPartner.equals(person) || researchPartner.equals(person) || person.equals(broker);
        }
    }

    /**
     * A seed fund application. Under anonymised review the panel sees it without the partnership's name or the
     * partners' names ({@code anonymised}).
     */
    public record SeedApplication(SeedApplicationId id, PartnershipId partnershipId, String partnershipName,
                                  @Nullable String communityName, @Nullable String researcherName, boolean anonymised,
                                  BigDecimal amount, String purpose, AttendeeSide heldBy, SeedStatus status,
                                  OffsetDateTime submittedAt, @Nullable BigDecimal awarded, String decisionNote,
                                  @Nullable BigDecimal paidAmount, @Nullable String payeeName,
                                  @Nullable PayeeKind payeeKind, @Nullable String paymentReference,
                                  @Nullable LocalDate paidOn, @Nullable Development developed,
                                  @Nullable String report, int version) {
    }

    /** The seed fund's budget: committed (awarded, not yet paid), paid, and what remains to award. */
    public record Budget(BigDecimal budget, BigDecimal committed, BigDecimal paid, boolean anonymisedReview,
                         int version) {

        public BigDecimal remaining() {
            return budget.subtract(committed).subtract(paid);
        }
    }
}
