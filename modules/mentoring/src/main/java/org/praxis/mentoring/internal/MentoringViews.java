package org.praxis.mentoring.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.mentoring.events.IntakeId;
import org.praxis.mentoring.events.MatchDraftId;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.mentoring.events.RelationshipId;
import org.praxis.mentoring.events.SectorContext;
import org.praxis.platform.PersonId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** What mentoring's services hand to views: read-only records. */
public final class MentoringViews {

    private MentoringViews() {
    }

    public record Programme(MentoringProgrammeId id, String name, String description, ProgrammeKind kind,
                            MentoringFormat format, Cadence cadence, int lengthMonths, LocalDate startsOn,
                            int minExperienceYears, boolean crossContextRequired, boolean intakeOpen, int version) {

        public LocalDate endsOn() {
            return startsOn.plusMonths(lengthMonths);
        }
    }

    public record Intake(IntakeId id, MentoringProgrammeId programmeId, PersonId person, String personName,
                         MentoringSide side, SectorContext sector, int experienceYears, String experience,
                         String goals, String approach, String region, Set<ActivityType> activities,
                         Set<Topic> topics, Set<ValueStatement> values, Set<Availability> availability,
                         int capacity, Set<PersonId> mustNotMatch, boolean paused, OffsetDateTime submittedAt,
                         int version) {

        /** As the matcher sees it; a paused mentor takes nobody. */
        public MatchProfile profile() {
            return new MatchProfile(id.value(), person.value(), sector, experienceYears,
                    MatchProfile.mask(activities), MatchProfile.mask(topics), MatchProfile.mask(values),
                    MatchProfile.mask(availability), region.strip().toLowerCase(java.util.Locale.ROOT),
                    paused ? 0 : capacity,
                    mustNotMatch.stream().map(PersonId::value).collect(java.util.stream.Collectors.toSet()));
        }
    }

    /** One criterion of "why this match": its points of its weight, in plain words with their arguments. */
    public record Reason(MatchCriterion criterion, int points, int weight, String messageKey, List<Object> arguments) {
    }

    public record Pair(Intake mentor, Intake mentee, int score, List<Reason> reasons) {
    }

    /** A cohort match: its pairs, the mentees it leaves unmatched, and mentors with places left. */
    public record Draft(MatchDraftId id, MentoringProgrammeId programmeId, String programmeName, DraftStatus status,
                        List<Pair> pairs, List<Intake> unmatchedMentees, List<Intake> mentorsWithRoom,
                        long totalScore, @Nullable OffsetDateTime publishedAt, int version) {
    }

    public record DraftSummary(MatchDraftId id, DraftStatus status, int pairs, OffsetDateTime createdAt,
                               @Nullable OffsetDateTime publishedAt) {
    }

    public record Relationship(RelationshipId id, MentoringProgrammeId programmeId, String programmeName,
                               PersonId mentor, String mentorName, PersonId mentee, String menteeName, int score,
                               RelationshipStatus status, OffsetDateTime startedAt, int version) {
    }

    public record KnownPerson(PersonId id, String name) {
    }

    /** What the pair agreed (or one of them proposed); both agreement times set when both agreed. */
    public record Expectations(@Nullable Integer lengthMonths, @Nullable Cadence frequency, String confidentiality,
                               String howToClose, @Nullable OffsetDateTime mentorAgreedAt,
                               @Nullable OffsetDateTime menteeAgreedAt) {

        public boolean proposed() {
            return lengthMonths != null;
        }

        public boolean agreedByBoth() {
            return mentorAgreedAt != null && menteeAgreedAt != null;
        }
    }

    /** A meeting with its agenda and notes: for the pair only. */
    public record Meeting(org.praxis.mentoring.events.MeetingId id, RelationshipId relationshipId,
                          OffsetDateTime startsAt, int minutes, ActivityType activity, String agenda, String notes,
                          PersonId loggedBy) {
    }

    public record Reflection(PersonId person, String text, OffsetDateTime writtenAt) {
    }

    /** The relationship page: for the pair only. */
    public record RelationshipDetails(Relationship relationship, Expectations expectations, String goals,
                                      List<Meeting> meetings, List<Reflection> reflections,
                                      @Nullable Boolean completed, @Nullable Boolean continueInformally,
                                      @Nullable OffsetDateTime closedAt) {
    }

    /** What the programme team sees of a pair: activity, never content. */
    public record Activity(Relationship relationship, int meetingsHeld, @Nullable OffsetDateTime lastMeeting,
                           boolean expectationsAgreed, boolean checkInDue) {
    }

    public record CareTask(java.util.UUID id, Relationship relationship, OffsetDateTime quietSince,
                           OffsetDateTime createdAt) {
    }

    /** A mentee's request to a mentor, as both of them see it. */
    public record MentorRequest(org.praxis.mentoring.events.MentorRequestId id, MentoringProgrammeId programmeId,
                                IntakeId menteeIntake, IntakeId mentorIntake, PersonId mentee, String menteeName,
                                PersonId mentor, String mentorName, String message, RequestStatus status,
                                String mentorReply, OffsetDateTime createdAt, OffsetDateTime expiresAt, int version) {
    }
}
