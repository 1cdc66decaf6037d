package org.crp.learning.internal;

import org.crp.learning.events.LearningSessionScheduled;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.events.SessionAttended;
import org.crp.learning.events.SessionId;
import org.crp.learning.events.SessionRegistered;
import org.crp.learning.internal.JooqSessionRepository.SessionRow;
import org.crp.learning.internal.LearningViews.AttendanceLine;
import org.crp.learning.internal.LearningViews.HubResource;
import org.crp.learning.internal.LearningViews.KnownPerson;
import org.crp.learning.internal.LearningViews.Run;
import org.crp.learning.internal.LearningViews.SessionDetails;
import org.crp.learning.internal.LearningViews.SessionSummary;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sessions of a run (curated learning sessions, showcases, networking events): scheduling, registration,
 * attendance and calendar files.
 *
 * <p>Only the participants of a run (selected applicants), the session's facilitator and the programme team
 * see a session and its joining link; to anyone else it does not exist. The programme team schedules
 * sessions; the facilitator or the team records attendance.
 */
@Service
@Transactional
public class SessionService {

    /** Who may lead a session. */
    private static final List<Role> FACILITATING = List.of(LearningRoles.FACILITATOR_ROLE, Role.PROGRAMME_TEAM);

    private final JooqSessionRepository sessions;
    private final JooqProgrammeRepository programme;
    private final JooqPeopleRepository people;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final LearningTime time;

    SessionService(JooqSessionRepository sessions, JooqProgrammeRepository programme, JooqPeopleRepository people,
                   ApplicationEventPublisher events, CurrentUser currentUser, InputValidator validator,
                   LearningTime time) {
        this.sessions = sessions;
        this.programme = programme;
        this.people = people;
        this.events = events;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    // --- scheduling ----------------------------------------------------------------------------------

    /** Adds a session to a run's calendar and tells the run's participants. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public SessionId schedule(ProgrammeRunId runId, SessionForm form) {
        Run run = programme.findRun(runId).orElseThrow(() -> new NotFoundException("learning.error.run-not-found"));
        checkSessionForm(form, run, true, null);
        SessionId id = new SessionId(Ids.newId());
        OffsetDateTime startsAt = startsAt(form);
        OffsetDateTime endsAt = endsAt(form);
        sessions.insert(id, runId, form, startsAt, endsAt, null, time.now());
        announce(id, runId, form, startsAt, endsAt);
        return id;
    }

    /** Changes a session. A past date is refused only when the date itself changes. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void update(SessionId id, int expectedVersion, SessionForm form) {
        SessionRow row = sessions.find(id).orElseThrow(SessionService::notFound);
        Run run = programme.findRun(row.runId()).orElseThrow(SessionService::notFound);
        boolean dateChanged = !Objects.equals(form.getDate(), row.startsAt().atZoneSameInstant(time.zone()).toLocalDate());
        checkSessionForm(form, run, dateChanged, row.facilitator());
        if (!sessions.update(id, expectedVersion, form, startsAt(form), endsAt(form), time.now())) {
            throw new ConcurrentChangeException();
        }
    }

    /** Writes a demo session (no one signed in); used by the demo data only. */
    void scheduleDemo(ProgrammeRunId runId, SessionForm form, String demoKey) {
        if (sessions.demoSessionExists(demoKey)) {
            return;
        }
        validator.check(form);
        SessionId id = new SessionId(Ids.newId());
        OffsetDateTime startsAt = startsAt(form);
        OffsetDateTime endsAt = endsAt(form);
        sessions.insert(id, runId, form, startsAt, endsAt, demoKey, time.now());
        announce(id, runId, form, startsAt, endsAt);
    }

    private void announce(SessionId id, ProgrammeRunId runId, SessionForm form, OffsetDateTime startsAt,
                          OffsetDateTime endsAt) {
        events.publishEvent(new LearningSessionScheduled(id, runId, Objects.requireNonNull(form.getKind()),
                form.getTitle().strip(), startsAt.toInstant(), endsAt.toInstant(), form.getFacilitator()));
        NoticeRequested notice = LearningNotices.sessionScheduled(id, programme.participantsOf(runId),
                form.getTitle().strip(), Objects.requireNonNull(form.getDate()));
        if (notice != null) {
            events.publishEvent(notice);
        }
    }

    /**
     * The form's own rules, then those that depend on where things stand: the date (when it is new or changed),
     * the Hub resources and the facilitator (when chosen or changed: they must lead sessions now).
     */
    private void checkSessionForm(SessionForm form, Run run, boolean checkDate, @Nullable PersonId facilitatorNow) {
        validator.check(form);
        List<String> problems = new ArrayList<>();
        LocalDate date = Objects.requireNonNull(form.getDate());
        if (checkDate) {
            problems.addAll(SelectionRules.sessionDateProblems(date, time.today(), run.startsOn(), run.endsOn()));
        } else if (date.isBefore(run.startsOn()) || date.isAfter(run.endsOn())) {
            problems.add("learning.validation.session-outside-run");
        }
        Set<UUID> wanted = new HashSet<>(form.getResourceIds());
        if (!wanted.isEmpty() && !programme.knownHubResources(wanted).containsAll(wanted)) {
            problems.add("learning.validation.unknown-resource");
        }
        PersonId facilitator = form.getFacilitator();
        if (facilitator != null && !facilitator.equals(facilitatorNow) && !people.holdsAny(facilitator, FACILITATING)) {
            problems.add("learning.validation.unknown-facilitator");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private OffsetDateTime startsAt(SessionForm form) {
        return time.at(Objects.requireNonNull(form.getDate()).atTime(Objects.requireNonNull(form.getStartTime())));
    }

    private OffsetDateTime endsAt(SessionForm form) {
        return time.at(Objects.requireNonNull(form.getDate()).atTime(Objects.requireNonNull(form.getEndTime())));
    }

    /** Published Hub resources, for linking to a session. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<HubResource> publishedResources() {
        return programme.hubResources();
    }

    /** People who may lead a session: facilitators and programme team members. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<KnownPerson> possibleFacilitators() {
        return people.peopleWithAnyRole(FACILITATING);
    }

    // --- seeing sessions -----------------------------------------------------------------------------

    /** The sessions the signed-in person may see, soonest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SessionSummary> mySessions() {
        PraxisUser user = currentUser.require();
        return sessions.visibleTo(user.personId(), user.hasRole(Role.PROGRAMME_TEAM));
    }

    /** The next session the signed-in person registered for that has not ended. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<SessionSummary> myNextSession() {
        return sessions.nextRegistered(currentUser.require().personId(), time.now());
    }

    /** One session, for its participants, its facilitator and the programme team; "not found" to anyone else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SessionDetails session(SessionId id) {
        PraxisUser user = currentUser.require();
        SessionRow row = visible(id, user);
        boolean participant = programme.isParticipant(row.runId(), user.personId());
        return new SessionDetails(row.id(), row.runId(), row.runName(), row.kind(), row.title(), row.startsAt(),
                row.endsAt(), row.agenda(), row.facilitator(), row.facilitatorName(), row.joiningLink(),
                sessions.resources(id), sessions.registeredCount(id), sessions.isRegistered(id, user.personId()),
                sessions.attended(id, user.personId()), participant, mayMarkAttendance(row, user), row.version());
    }

    /** The session as a calendar file (.ics), for whoever may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Download calendar(SessionId id) {
        SessionDetails session = session(id);
        return new Download(SessionCalendar.fileName(session), SessionCalendar.MEDIA_TYPE,
                SessionCalendar.ics(session, time.now().toInstant()));
    }

    // --- registration --------------------------------------------------------------------------------

    /** Registers the signed-in participant for a session of their run, until it starts. */
    @PreAuthorize("isAuthenticated()")
    public void register(SessionId id) {
        PraxisUser user = currentUser.require();
        SessionRow row = visible(id, user);
        if (!programme.isParticipant(row.runId(), user.personId())) {
            throw new ProblemException("learning.error.participants-only");
        }
        OffsetDateTime now = time.now();
        SelectionRules.checkRegistrationOpen(row.startsAt(), now);
        if (sessions.register(id, user.personId(), now)) {
            events.publishEvent(new SessionRegistered(id, row.runId(), user.personId(), now.toInstant()));
        }
    }

    @PreAuthorize("isAuthenticated()")
    public void cancelRegistration(SessionId id) {
        PraxisUser user = currentUser.require();
        SessionRow row = visible(id, user);
        SelectionRules.checkRegistrationOpen(row.startsAt(), time.now());
        sessions.unregister(id, user.personId());
    }

    // --- attendance ----------------------------------------------------------------------------------

    /** Who of the run's participants registered for and attended the session: for its facilitator and the team. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'FACILITATOR')")
    @Transactional(readOnly = true)
    public List<AttendanceLine> attendance(SessionId id) {
        SessionRow row = attendanceKeeper(id);
        return sessions.attendance(id, row.runId());
    }

    /** Records that a participant of the run attended the session (or did not, to correct a mistake). */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'FACILITATOR')")
    public void markAttendance(SessionId id, PersonId participant, boolean attended) {
        SessionRow row = attendanceKeeper(id);
        OffsetDateTime now = time.now();
        SelectionRules.checkAttendanceOpen(row.startsAt(), now);
        if (!programme.isParticipant(row.runId(), participant)) {
            throw new ProblemException("learning.error.not-a-participant");
        }
        PraxisUser keeper = currentUser.require();
        if (!attended) {
            sessions.unmarkAttended(id, participant);
            return;
        }
        if (sessions.markAttended(id, participant, keeper.personId(), now)) {
            events.publishEvent(new SessionAttended(id, row.runId(), row.kind(), participant, now.toInstant()));
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    private SessionRow visible(SessionId id, PraxisUser user) {
        SessionRow row = sessions.find(id).orElseThrow(SessionService::notFound);
        boolean maySee = user.hasRole(Role.PROGRAMME_TEAM)
                || user.personId().equals(row.facilitator())
                || programme.isParticipant(row.runId(), user.personId());
        if (!maySee) {
            throw notFound();
        }
        return row;
    }

    private SessionRow attendanceKeeper(SessionId id) {
        PraxisUser user = currentUser.require();
        SessionRow row = visible(id, user);
        if (!mayMarkAttendance(row, user)) {
            throw new ProblemException("learning.error.not-your-session");
        }
        return row;
    }

    private static boolean mayMarkAttendance(SessionRow row, PraxisUser user) {
        return user.hasRole(Role.PROGRAMME_TEAM) || user.personId().equals(row.facilitator());
    }

    private static NotFoundException notFound() {
        return new NotFoundException("learning.error.session-not-found");
    }
}
