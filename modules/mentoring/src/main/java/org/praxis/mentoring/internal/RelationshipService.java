package org.praxis.mentoring.internal;

import org.jooq.Record;
import org.praxis.mentoring.events.MeetingId;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.MentoringRelationshipClosed;
import org.praxis.mentoring.events.RelationshipId;
import org.praxis.mentoring.internal.MentoringViews.Activity;
import org.praxis.mentoring.internal.MentoringViews.CareTask;
import org.praxis.mentoring.internal.MentoringViews.Meeting;
import org.praxis.mentoring.internal.MentoringViews.Relationship;
import org.praxis.mentoring.internal.MentoringViews.RelationshipDetails;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PersonId;
import org.praxis.platform.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.praxis.mentoring.internal.jooq.Tables.CARE_TASK;
import static org.praxis.mentoring.internal.jooq.Tables.RELATIONSHIP;

/**
 * A mentoring relationship between its two people: the expectations both agree, goals, the meeting log (with
 * agendas and notes only the pair read), a calendar file per meeting and a structured closure. The programme
 * team sees each pair's activity (meetings held, the last one), never their content; to anyone else a pair
 * does not exist.
 */
@Service
@Transactional
public class RelationshipService {

    private final JooqMatchRepository matches;
    private final JooqRelationshipRepository relationships;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final MentoringProperties properties;
    private final Clock clock;

    RelationshipService(JooqMatchRepository matches, JooqRelationshipRepository relationships,
                        ApplicationEventPublisher events, CurrentUser currentUser, InputValidator validator,
                        MentoringProperties properties, Clock clock) {
        this.matches = matches;
        this.relationships = relationships;
        this.events = events;
        this.currentUser = currentUser;
        this.validator = validator;
        this.properties = properties;
        this.clock = clock;
    }

    /** The relationship page, for its two people only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RelationshipDetails details(RelationshipId id) {
        Relationship relationship = ownRelationship(id);
        Record closure = relationships.closureAndGoals(id);
        return new RelationshipDetails(relationship, relationships.expectations(id), closure.get(RELATIONSHIP.GOALS),
                relationships.meetings(id), relationships.reflections(id), closure.get(RELATIONSHIP.COMPLETED),
                closure.get(RELATIONSHIP.CONTINUE_INFORMALLY), closure.get(RELATIONSHIP.CLOSED_AT));
    }

    /** Proposes the expectations (or changes them): the proposer agrees at once, the other person is asked. */
    @PreAuthorize("isAuthenticated()")
    public void proposeExpectations(RelationshipId id, int expectedVersion, ExpectationsForm form) {
        Relationship relationship = activeRelationship(id);
        validator.check(form);
        PersonId me = currentUser.require().personId();
        if (!relationships.proposeExpectations(id, expectedVersion, form, isMentor(relationship, me), now())) {
            throw new ConcurrentChangeException();
        }
        events.publishEvent(MentoringNotices.expectationsProposed(id, expectedVersion + 1, other(relationship, me), nameOf(relationship, me)));
    }

    /** Agrees the expectations as proposed. */
    @PreAuthorize("isAuthenticated()")
    public void agreeExpectations(RelationshipId id, int expectedVersion) {
        Relationship relationship = activeRelationship(id);
        if (!relationships.expectations(id).proposed()) {
            throw new ProblemException("mentoring.error.no-expectations-yet");
        }
        if (!relationships.agree(id, expectedVersion, isMentor(relationship, currentUser.require().personId()), now())) {
            throw new ConcurrentChangeException();
        }
    }

    @PreAuthorize("isAuthenticated()")
    public void setGoals(RelationshipId id, int expectedVersion, String goals) {
        activeRelationship(id);
        if (goals.length() > IntakeForm.TEXT_MAX) {
            throw new InvalidInputException(List.of("mentoring.validation.text-too-long"));
        }
        if (!relationships.setGoals(id, expectedVersion, goals)) {
            throw new ConcurrentChangeException();
        }
    }

    /** Logs a meeting, held or planned, with its kind of activity; its notes stay between the pair. */
    @PreAuthorize("isAuthenticated()")
    public MeetingId logMeeting(RelationshipId id, MeetingForm form) {
        activeRelationship(id);
        validator.check(form);
        MeetingId meeting = new MeetingId(Ids.newId());
        OffsetDateTime startsAt = Objects.requireNonNull(form.getStartsAt()).atZone(properties.timeZone()).toOffsetDateTime();
        relationships.insertMeeting(meeting, id, form, startsAt, currentUser.require().personId(), now());
        return meeting;
    }

    /** The meeting as a calendar file, for the pair only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] meetingCalendar(MeetingId meetingId, String title) {
        Meeting meeting = relationships.meeting(meetingId).orElseThrow(RelationshipService::meetingNotFound);
        try {
            ownRelationship(meeting.relationshipId());
        } catch (NotFoundException e) {
            throw meetingNotFound();
        }
        return MeetingCalendar.ics(meeting, title, now().toInstant());
    }

    /**
     * Closes the relationship with the closer's reflection, whether it ran its course, and whether the pair
     * keep in touch informally. The other person is told and may add their own reflection.
     */
    @PreAuthorize("isAuthenticated()")
    public void close(RelationshipId id, int expectedVersion, ClosureForm form) {
        Relationship relationship = activeRelationship(id);
        validator.check(form);
        PersonId me = currentUser.require().personId();
        OffsetDateTime now = now();
        if (!relationships.close(id, expectedVersion, me, form, now)) {
            throw new ConcurrentChangeException();
        }
        relationships.upsertReflection(id, me, form.getReflection(), now);
        int held = heldMeetings(relationship, now);
        events.publishEvent(new MentoringRelationshipClosed(id, relationship.programmeId(), relationship.mentor(),
                relationship.mentee(), me, form.isCompleted(), form.isContinueInformally(), held, now.toInstant()));
        events.publishEvent(MentoringNotices.closed(id, other(relationship, me), nameOf(relationship, me)));
    }

    /** The signed-in person's certificate for a relationship that ran its course; for the pair only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] certificatePdf(RelationshipId id, Translator texts) {
        Relationship relationship = ownRelationship(id);
        Record closure = relationships.closureAndGoals(id);
        if (relationship.status() != RelationshipStatus.CLOSED || !Boolean.TRUE.equals(closure.get(RELATIONSHIP.COMPLETED))) {
            throw new ProblemException("mentoring.error.no-certificate-yet");
        }
        OffsetDateTime closedAt = Objects.requireNonNull(closure.get(RELATIONSHIP.CLOSED_AT));
        return CertificatePdf.render(relationship, isMentor(relationship, currentUser.require().personId()),
                closedAt.atZoneSameInstant(properties.timeZone()).toLocalDate(), heldMeetings(relationship, closedAt), texts);
    }

    /** Adds (or rewrites) the signed-in person's reflection on a closed relationship. */
    @PreAuthorize("isAuthenticated()")
    public void reflect(RelationshipId id, String reflection) {
        Relationship relationship = ownRelationship(id);
        if (relationship.status() != RelationshipStatus.CLOSED) {
            throw new ProblemException("mentoring.error.reflect-after-closing");
        }
        if (reflection.isBlank() || reflection.length() > ClosureForm.REFLECTION_MAX) {
            throw new InvalidInputException(List.of(reflection.isBlank() ? "mentoring.validation.reflection-required"
                    : "mentoring.validation.text-too-long"));
        }
        relationships.upsertReflection(id, currentUser.require().personId(), reflection, now());
    }

    /** What the team sees of each pair in a programme: how many meetings were held and when the last was. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Activity> activity(MentoringProgrammeId programme) {
        List<Relationship> pairs = matches.relationshipsIn(programme);
        Map<RelationshipId, Object[]> held = relationships.activity(pairs.stream().map(Relationship::id).toList(), now());
        Set<UUID> checkInDue = relationships.openCareTasks().stream().map(r -> r.get(CARE_TASK.RELATIONSHIP_ID))
                .collect(Collectors.toSet());
        return pairs.stream().map(pair -> {
            Object[] counts = held.get(pair.id());
            return new Activity(pair, counts == null ? 0 : (Integer) counts[0],
                    counts == null ? null : (OffsetDateTime) counts[1],
                    relationships.expectations(pair.id()).agreedByBoth(), checkInDue.contains(pair.id().value()));
        }).toList();
    }

    /** Quiet pairs the team should check in with. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<CareTask> careTasks() {
        return relationships.openCareTasks().stream()
                .map(r -> new CareTask(r.get(CARE_TASK.ID),
                        matches.findRelationship(new RelationshipId(r.get(CARE_TASK.RELATIONSHIP_ID))).orElseThrow(),
                        r.get(CARE_TASK.QUIET_SINCE), r.get(CARE_TASK.CREATED_AT)))
                .toList();
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void completeCareTask(UUID task) {
        if (!relationships.completeCareTask(task, now())) {
            throw new NotFoundException("mentoring.error.care-task-not-found");
        }
    }

    private int heldMeetings(Relationship relationship, OffsetDateTime now) {
        Object[] counts = relationships.activity(List.of(relationship.id()), now).get(relationship.id());
        return counts == null ? 0 : (Integer) counts[0];
    }

    /** The relationship, if the signed-in person is one of its two people; the team and others are refused. */
    private Relationship ownRelationship(RelationshipId id) {
        Relationship relationship = matches.findRelationship(id).orElseThrow(RelationshipService::notFound);
        PersonId me = currentUser.require().personId();
        if (!relationship.mentor().equals(me) && !relationship.mentee().equals(me)) {
            throw notFound();
        }
        return relationship;
    }

    private Relationship activeRelationship(RelationshipId id) {
        Relationship relationship = ownRelationship(id);
        if (relationship.status() != RelationshipStatus.ACTIVE) {
            throw new ProblemException("mentoring.error.relationship-closed");
        }
        return relationship;
    }

    private static boolean isMentor(Relationship relationship, PersonId person) {
        return relationship.mentor().equals(person);
    }

    private static PersonId other(Relationship relationship, PersonId person) {
        return isMentor(relationship, person) ? relationship.mentee() : relationship.mentor();
    }

    private static String nameOf(Relationship relationship, PersonId person) {
        return isMentor(relationship, person) ? relationship.mentorName() : relationship.menteeName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("mentoring.error.relationship-not-found");
    }

    private static NotFoundException meetingNotFound() {
        return new NotFoundException("mentoring.error.meeting-not-found");
    }
}
