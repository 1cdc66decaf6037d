package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.IntakeId;
import org.praxis.mentoring.events.MentorRequestId;
import org.praxis.mentoring.events.MentoringMatchPublished;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.mentoring.events.RelationshipId;
import org.praxis.mentoring.internal.MentoringViews.Intake;
import org.praxis.mentoring.internal.MentoringViews.MentorRequest;
import org.praxis.mentoring.internal.MentoringViews.Pair;
import org.praxis.mentoring.internal.MentoringViews.Programme;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
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
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Self-chosen matching: a mentee sees suggested mentors (best first, each explained, within the hard rules),
 * dismisses the ones they don't want, and asks one; the mentor accepts, declines or asks for more. An accepted
 * request starts the relationship at once. A request nobody answers expires ({@link RequestExpiry}).
 */
@Service
@Transactional
public class RequestService {

    /** How many mentors a mentee is offered at a time. */
    public static final int SUGGESTIONS = 5;
    public static final int MESSAGE_MAX = 2000;

    private final JooqProgrammeRepository programmes;
    private final Cohorts cohorts;
    private final JooqRequestRepository requests;
    private final JooqMatchRepository matches;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final MentoringProperties properties;
    private final Clock clock;

    RequestService(JooqProgrammeRepository programmes, Cohorts cohorts, JooqRequestRepository requests,
                   JooqMatchRepository matches, ApplicationEventPublisher events, CurrentUser currentUser,
                   MentoringProperties properties, Clock clock) {
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.requests = requests;
        this.matches = matches;
        this.events = events;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** Mentors the signed-in mentee might ask, best first, each with "why this match". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Pair> suggestions(MentoringProgrammeId programmeId) {
        Programme programme = programme(programmeId);
        Cohort cohort = cohorts.of(programmeId);
        Intake mentee = waitingMentee(cohort);
        Set<IntakeId> skip = requests.askedOrDismissed(mentee.id());
        MatchRules rules = new MatchRules(programme.crossContextRequired());
        return cohort.mentors().stream()
                .filter(mentor -> !skip.contains(mentor.id()) && rules.allows(cohort.profileWithRoomLeft(mentor), mentee.profile()))
                .map(mentor -> MatchingService.explain(mentor, mentee))
                .sorted(Comparator.comparingInt(Pair::score).reversed().thenComparing(pair -> pair.mentor().personName()))
                .limit(SUGGESTIONS)
                .toList();
    }

    /** The mentee does not want this suggestion: it is not offered again. */
    @PreAuthorize("isAuthenticated()")
    public void dismiss(MentoringProgrammeId programmeId, IntakeId mentorId) {
        Cohort cohort = cohorts.of(programme(programmeId).id());
        Intake mentee = waitingMentee(cohort);
        cohort.intakeOnSide(mentorId, MentoringSide.MENTOR);
        requests.dismiss(mentee.id(), mentorId, now());
    }

    /** The signed-in mentee asks a mentor, with a short message; the mentor is told. */
    @PreAuthorize("isAuthenticated()")
    public MentorRequestId request(MentoringProgrammeId programmeId, IntakeId mentorId, String message) {
        Programme programme = programme(programmeId);
        checkMessage(message);
        Cohort cohort = cohorts.of(programmeId);
        Intake mentee = waitingMentee(cohort);
        Intake mentor = cohort.intakeOnSide(mentorId, MentoringSide.MENTOR);
        List<String> problems = new MatchRules(programme.crossContextRequired())
                .problems(cohort.profileWithRoomLeft(mentor), mentee.profile());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (requests.hasOpen(mentee.id(), mentorId)) {
            throw new ProblemException("mentoring.error.already-asked");
        }
        MentorRequestId id = new MentorRequestId(Ids.newId());
        OffsetDateTime now = now();
        requests.insert(id, programmeId, mentee.id(), mentorId, message, now, now.plusDays(properties.requestDays()));
        events.publishEvent(MentoringNotices.requestReceived(id, 0, mentor.person(), mentee.personName()));
        return id;
    }

    /** Requests the signed-in person sent (as a mentee) or received (as a mentor), newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MentorRequest> myRequests() {
        PersonId me = currentUser.require().personId();
        List<IntakeId> mine = matches.intakesOf(me);
        return mine.isEmpty() ? List.of() : requests.involving(mine);
    }

    /**
     * The mentor's answer. Accepting starts the relationship (if the rules and the mentor's places still allow
     * it); declining or asking for more tells the mentee, with the mentor's words.
     */
    @PreAuthorize("isAuthenticated()")
    public void answer(MentorRequestId id, int expectedVersion, RequestAnswer answer, String reply) {
        MentorRequest request = requests.find(id).orElseThrow(RequestService::notFound);
        if (!request.mentor().equals(currentUser.require().personId())) {
            throw notFound();
        }
        if (!request.status().isOpen()) {
            throw new ProblemException("mentoring.error.request-answered");
        }
        if (reply.length() > MESSAGE_MAX) {
            throw new InvalidInputException(List.of("mentoring.validation.message-too-long"));
        }
        if (answer == RequestAnswer.ASK_FOR_MORE && reply.isBlank()) {
            throw new InvalidInputException(List.of("mentoring.validation.question-required"));
        }
        Programme programme = programme(request.programmeId());
        Cohort cohort = cohorts.of(request.programmeId());
        Intake mentee = cohort.intake(request.menteeIntake());
        Intake mentor = cohort.intake(request.mentorIntake());
        OffsetDateTime now = now();
        if (answer == RequestAnswer.ACCEPT) {
            if (!cohort.waitingMentees().contains(mentee)) {
                throw new ProblemException("mentoring.error.mentee-already-matched");
            }
            List<String> problems = new MatchRules(programme.crossContextRequired())
                    .problems(cohort.profileWithRoomLeft(mentor), mentee.profile());
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        RequestStatus next = switch (answer) {
            case ACCEPT -> RequestStatus.ACCEPTED;
            case DECLINE -> RequestStatus.DECLINED;
            case ASK_FOR_MORE -> RequestStatus.MORE_ASKED;
        };
        if (!requests.answer(id, expectedVersion, next, reply, now)) {
            throw new ConcurrentChangeException();
        }
        switch (answer) {
            case ACCEPT -> {
                int score = MatchScorer.score(mentor.profile(), mentee.profile());
                RelationshipId relationship = new RelationshipId(Ids.newId());
                matches.insertRelationship(relationship, programme.id(), null, mentor, mentee, score, now);
                events.publishEvent(new MentoringMatchPublished(relationship, null, programme.id(), programme.name(),
                        mentor.person(), mentee.person(), score, now.toInstant()));
                events.publishEvent(MentoringNotices.matchPublishedToMentee(relationship, mentee.person(),
                        mentor.personName(), programme.name()));
            }
            case DECLINE -> events.publishEvent(MentoringNotices.requestDeclined(id, mentee.person(), mentor.personName()));
            case ASK_FOR_MORE -> events.publishEvent(MentoringNotices.moreAsked(id, expectedVersion + 1, mentee.person(),
                    mentor.personName()));
        }
    }

    /** The mentee answers the mentor's question: the request waits for the mentor again, with a fresh expiry. */
    @PreAuthorize("isAuthenticated()")
    public void tellMore(MentorRequestId id, int expectedVersion, String message) {
        MentorRequest request = requests.find(id).orElseThrow(RequestService::notFound);
        if (!request.mentee().equals(currentUser.require().personId())) {
            throw notFound();
        }
        if (request.status() != RequestStatus.MORE_ASKED) {
            throw new ProblemException("mentoring.error.request-answered");
        }
        checkMessage(message);
        if (!requests.tellMore(id, expectedVersion, message, now().plusDays(properties.requestDays()))) {
            throw new ConcurrentChangeException();
        }
        events.publishEvent(MentoringNotices.requestReceived(id, expectedVersion + 1, request.mentor(), request.menteeName()));
    }

    private Intake waitingMentee(Cohort cohort) {
        PersonId me = currentUser.require().personId();
        Intake mentee = cohort.of(me, MentoringSide.MENTEE)
                .orElseThrow(() -> new ProblemException("mentoring.error.no-mentee-intake"));
        if (!cohort.waitingMentees().contains(mentee)) {
            throw new ProblemException("mentoring.error.mentee-already-matched");
        }
        return mentee;
    }

    private static void checkMessage(String message) {
        if (message.isBlank()) {
            throw new InvalidInputException(List.of("mentoring.validation.message-required"));
        }
        if (message.length() > MESSAGE_MAX) {
            throw new InvalidInputException(List.of("mentoring.validation.message-too-long"));
        }
    }

    private Programme programme(MentoringProgrammeId id) {
        return programmes.find(id).orElseThrow(() -> new NotFoundException("mentoring.error.programme-not-found"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("mentoring.error.request-not-found");
    }
}
