package org.crp.learning.internal;

import org.crp.learning.events.ApplicationId;
import org.crp.learning.events.FundingRequestId;
import org.crp.learning.events.ParticipantKind;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.events.SessionId;
import org.crp.learning.events.SessionKind;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Read-only projections the learning programme's views show. */
public final class LearningViews {

    private LearningViews() {
    }

    /** A programme run, with its Core Principles one a line. */
    public record Run(ProgrammeRunId id, String name, LocalDate startsOn, LocalDate endsOn, String description,
                      List<String> principles, boolean applicationsOpen, @Nullable String organiserName,
                      int version) {

        public RunForm toForm() {
            RunForm form = new RunForm();
            form.setName(name);
            form.setStartsOn(startsOn);
            form.setEndsOn(endsOn);
            form.setDescription(description);
            form.setPrinciples(String.join("\n", principles));
            form.setApplicationsOpen(applicationsOpen);
            return form;
        }
    }

    /** One line in a list of applications. */
    public record ApplicationSummary(ApplicationId id, ProgrammeRunId runId, String runName, PersonId applicant,
                                     String applicantName, @Nullable ParticipantKind kind, ApplicationStatus status,
                                     BursaryStatus bursaryStatus, @Nullable BigDecimal bursaryAmount,
                                     @Nullable OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
    }

    /** Everything about one application, for its page and its editor. */
    public record ApplicationDetails(ApplicationId id, ProgrammeRunId runId, String runName, PersonId applicant,
                                     String applicantName, ApplicationStatus status, ApplicationForm content,
                                     String decisionReason, @Nullable OffsetDateTime decidedAt,
                                     BursaryStatus bursaryStatus, @Nullable BigDecimal bursaryGranted,
                                     String bursaryDecisionNote, @Nullable OffsetDateTime submittedAt,
                                     @Nullable LocalDate certificateIssuedOn, int version) {
    }

    /** A Hub resource that can be linked to a session. */
    public record HubResource(UUID id, String title, String type) {
    }

    /** A person as identity told this module about them, for choosing facilitators. */
    public record KnownPerson(PersonId id, String displayName, @Nullable String organisationName) {
    }

    /** One line in a list of sessions, with where the signed-in person stands. */
    public record SessionSummary(SessionId id, ProgrammeRunId runId, String runName, SessionKind kind, String title,
                                 OffsetDateTime startsAt, OffsetDateTime endsAt, @Nullable String facilitatorName,
                                 boolean registered, boolean attended) {
    }

    /** Everything about one session, as the signed-in person may see it. */
    public record SessionDetails(SessionId id, ProgrammeRunId runId, String runName, SessionKind kind, String title,
                                 OffsetDateTime startsAt, OffsetDateTime endsAt, String agenda,
                                 @Nullable PersonId facilitator, @Nullable String facilitatorName, String joiningLink,
                                 List<HubResource> resources, int registeredCount, boolean registered,
                                 boolean attended, boolean participant, boolean mayMarkAttendance, int version) {

        public SessionForm toForm(java.time.ZoneId zone) {
            SessionForm form = new SessionForm();
            form.setKind(kind);
            form.setTitle(title);
            form.setDate(startsAt.atZoneSameInstant(zone).toLocalDate());
            form.setStartTime(startsAt.atZoneSameInstant(zone).toLocalTime());
            form.setEndTime(endsAt.atZoneSameInstant(zone).toLocalTime());
            form.setAgenda(agenda);
            form.setFacilitator(facilitator);
            form.setJoiningLink(joiningLink);
            form.setResourceIds(resources.stream().map(HubResource::id).toList());
            return form;
        }
    }

    /** A participant of a run in the attendance list of one of its sessions. */
    public record AttendanceLine(PersonId participant, String name, boolean registered, boolean attended) {
    }

    /** A session the signed-in participant attended, with their reflection on it if they wrote one. */
    public record LogEntry(SessionId sessionId, String sessionTitle, String runName, OffsetDateTime startsAt,
                           @Nullable String body, boolean sharedWithTeam, int version) {

        public boolean written() {
            return body != null;
        }
    }

    /** A reflection as the programme team sees it: that it exists, and its text only when shared. */
    public record TeamReflection(String sessionTitle, OffsetDateTime writtenAt, @Nullable String sharedBody) {
    }

    /** A selected participant of a run, as the programme team follows them. */
    public record ParticipantProgress(ApplicationId applicationId, ProgrammeRunId runId, PersonId participant,
                                      String name, @Nullable ParticipantKind kind, int sessionsAttended,
                                      List<TeamReflection> reflections, @Nullable LocalDate certificateIssuedOn) {
    }

    /** A follow-up funding request. */
    public record FundingRequest(FundingRequestId id, ProgrammeRunId runId, String runName, PersonId participant,
                                 String participantName, BigDecimal amount, String purpose, FundingStatus status,
                                 @Nullable BigDecimal grantedAmount, String decisionNote, String report,
                                 OffsetDateTime createdAt, int version) {
    }

    /** What a certificate of completion says. */
    public record Certificate(ApplicationId applicationId, ProgrammeRunId runId, String runName, LocalDate runStartsOn,
                              LocalDate runEndsOn, PersonId participant, String participantName, LocalDate issuedOn,
                              int sessionsAttended) {
    }
}
