package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.IntakeId;
import org.praxis.mentoring.events.MentoringIntakeSubmitted;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.mentoring.internal.MentoringViews.Intake;
import org.praxis.mentoring.internal.MentoringViews.KnownPerson;
import org.praxis.mentoring.internal.MentoringViews.Programme;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Mentoring programmes (the programme team runs them) and the intakes people send to them: anyone signed in
 * may ask for a mentor; offering to mentor needs the mentor role. Who may join: people with the programme's
 * years of community research partnership experience (two by default).
 */
@Service
@Transactional
public class ProgrammeService {

    /** The most months a programme is extended by at once. */
    public static final int EXTENSION_MAX_MONTHS = 24;

    private final JooqProgrammeRepository programmes;
    private final JooqIntakeRepository intakes;
    private final JooqPeopleRepository people;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final Clock clock;

    ProgrammeService(JooqProgrammeRepository programmes, JooqIntakeRepository intakes, JooqPeopleRepository people,
                     ApplicationEventPublisher events, CurrentUser currentUser, InputValidator validator, Clock clock) {
        this.programmes = programmes;
        this.intakes = intakes;
        this.people = people;
        this.events = events;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public MentoringProgrammeId create(ProgrammeForm form) {
        validator.check(form);
        MentoringProgrammeId id = new MentoringProgrammeId(Ids.newId());
        programmes.insert(id, form, currentUser.require().personId(), now());
        return id;
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void update(MentoringProgrammeId id, int expectedVersion, ProgrammeForm form) {
        find(id);
        validator.check(form);
        if (!programmes.update(id, expectedVersion, form)) {
            throw new ConcurrentChangeException();
        }
    }

    /** Extends the programme (12 months by default) by some months, for everyone in it. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void extend(MentoringProgrammeId id, int expectedVersion, int months) {
        Programme programme = find(id);
        if (months < 1 || months > EXTENSION_MAX_MONTHS
                || programme.lengthMonths() + months > ProgrammeForm.LENGTH_MAX_MONTHS) {
            throw new InvalidInputException(List.of("mentoring.validation.extension-out-of-range"));
        }
        if (!programmes.extend(id, expectedVersion, months)) {
            throw new ConcurrentChangeException();
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Programme> programmes() {
        return programmes.all();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Programme programme(MentoringProgrammeId id) {
        return find(id);
    }

    /** Sends the signed-in person's intake, as a mentee or (holding the mentor role) as a mentor. */
    @PreAuthorize("isAuthenticated()")
    public IntakeId submitIntake(MentoringProgrammeId programmeId, IntakeForm form) {
        Programme programme = find(programmeId);
        PraxisUser person = currentUser.require();
        validator.check(form);
        MentoringSide side = Objects.requireNonNull(form.getSide());
        if (!programme.intakeOpen()) {
            throw new ProblemException("mentoring.error.intake-closed");
        }
        if (side == MentoringSide.MENTOR && !person.hasRole(Role.MENTOR)) {
            throw new ProblemException("mentoring.error.mentors-only");
        }
        if (form.getExperienceYears() < programme.minExperienceYears()) {
            throw new InvalidInputException(List.of("mentoring.validation.not-enough-experience"));
        }
        if (form.getMustNotMatch().contains(person.personId())
                || form.getMustNotMatch().stream().anyMatch(other -> !people.exists(other))) {
            throw new InvalidInputException(List.of("mentoring.validation.must-not-match-unknown"));
        }
        if (intakes.exists(programmeId, person.personId(), side)) {
            throw new ProblemException("mentoring.error.already-applied");
        }
        IntakeId id = new IntakeId(Ids.newId());
        OffsetDateTime now = now();
        intakes.insert(id, programmeId, person.personId(), person.displayName(), form, now);
        events.publishEvent(new MentoringIntakeSubmitted(id, programmeId, person.personId(), side,
                Objects.requireNonNull(form.getSector()), now.toInstant()));
        return id;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Intake> myIntakes() {
        return intakes.ofPerson(currentUser.require().personId());
    }

    /** Every intake to the programme, mentees first: for the team only. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Intake> intakes(MentoringProgrammeId id) {
        find(id);
        return intakes.of(id);
    }

    /** The signed-in person. */
    @PreAuthorize("isAuthenticated()")
    public org.praxis.platform.PersonId me() {
        return currentUser.require().personId();
    }

    /** The people someone may name as "must not be matched with". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<KnownPerson> people() {
        PraxisUser me = currentUser.require();
        return people.everyone().stream().filter(person -> !person.id().equals(me.personId())).toList();
    }

    /** A mentor sets how many mentees they take, or pauses (takes nobody new) and resumes. */
    @PreAuthorize("isAuthenticated()")
    public void setMentorPlaces(IntakeId id, int expectedVersion, int capacity, boolean paused) {
        Intake intake = intakes.find(id).orElseThrow(() -> new NotFoundException("mentoring.error.intake-not-found"));
        if (!intake.person().equals(currentUser.require().personId()) || intake.side() != MentoringSide.MENTOR) {
            throw new NotFoundException("mentoring.error.intake-not-found");
        }
        if (capacity < 1 || capacity > IntakeForm.CAPACITY_MAX) {
            throw new InvalidInputException(List.of("mentoring.validation.capacity-out-of-range"));
        }
        if (!intakes.setPlaces(id, expectedVersion, capacity, paused, now())) {
            throw new ConcurrentChangeException();
        }
    }

    private Programme find(MentoringProgrammeId id) {
        return programmes.find(id).orElseThrow(() -> new NotFoundException("mentoring.error.programme-not-found"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
