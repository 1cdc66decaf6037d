package org.praxis.matchmaking.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.matchmaking.internal.JooqRotationRepository.Settings;
import org.praxis.matchmaking.internal.MatchmakingViews.MatchEvent;
import org.praxis.matchmaking.internal.MatchmakingViews.Registration;
import org.praxis.matchmaking.internal.MatchmakingViews.RotationPlan;
import org.praxis.matchmaking.internal.Rotation.Attendee;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The speed-networking rotation of an event: the organiser plans it for the people with a place, re-plans the
 * rounds still to come when people arrive late or do not come, and prints the run sheet; each attendee can print
 * their own page. Every plan is checked against the rules ({@link RotationRules}) before it is kept.
 */
@Service
@Transactional
public class RotationService {

    private final JooqRotationRepository rotations;
    private final JooqRegistrationRepository registrations;
    private final MatchEventService events;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final MatchmakingTime time;

    RotationService(JooqRotationRepository rotations, JooqRegistrationRepository registrations,
                    MatchEventService events, CurrentUser currentUser, InputValidator validator, MatchmakingTime time) {
        this.rotations = rotations;
        this.registrations = registrations;
        this.events = events;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    /** Plans every round afresh for the people who have a place now. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public RotationPlan plan(MatchEventId eventId, RotationForm form) {
        MatchEvent event = events.event(eventId);
        validator.check(form);
        List<Attendee> attendees = attendees(eventId, null);
        if (attendees.stream().map(Attendee::side).distinct().count() < 2) {
            throw new ProblemException("matchmaking.error.rotation-needs-two-groups");
        }
        Settings settings = rotations.lockAndSet(eventId, form, time.now());
        Rotation rotation = new RotationPlanner(seed(eventId, settings.version()))
                .plan(attendees, form.getRounds(), form.getTables());
        keep(eventId, 1, rotation, form.getTables());
        return new RotationPlan(eventId, event.title(), settings.rounds(), settings.minutes(), settings.tables(),
                settings.version(), rotation);
    }

    /**
     * Keeps the rounds before {@code fromRound} (they have happened) and plans the rest for the people present:
     * late arrivals join, no-shows are left out, and nobody meets anyone they have already met.
     */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public RotationPlan replan(MatchEventId eventId, int expectedVersion, int fromRound, Set<RegistrationId> present) {
        RotationPlan current = rotation(eventId).orElseThrow(() -> new NotFoundException("matchmaking.error.no-rotation"));
        if (fromRound < 2 || fromRound > current.rounds()) {
            throw new InvalidInputException(List.of("matchmaking.validation.from-round-range"));
        }
        List<Attendee> attendees = attendees(eventId, present);
        if (attendees.stream().map(Attendee::side).distinct().count() < 2) {
            throw new ProblemException("matchmaking.error.rotation-needs-two-groups");
        }
        if (!rotations.touch(eventId, expectedVersion, time.now())) {
            throw new ConcurrentChangeException();
        }
        Rotation rotation = new RotationPlanner(seed(eventId, expectedVersion + 1))
                .replan(current.rotation(), fromRound, attendees, current.rounds(), current.tables());
        keep(eventId, fromRound, rotation, current.tables());
        return rotation(eventId).orElseThrow();
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public Optional<RotationPlan> rotation(MatchEventId eventId) {
        MatchEvent event = events.event(eventId);
        return rotations.settings(eventId).map(s -> new RotationPlan(eventId, event.title(), s.rounds(), s.minutes(),
                s.tables(), s.version(), rotations.rotation(eventId, s.rounds(), people(eventId))));
    }

    /** The whole run sheet: a page for each table and for each person. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public Download runSheet(MatchEventId eventId, Translator texts) {
        RotationPlan plan = rotation(eventId).orElseThrow(() -> new NotFoundException("matchmaking.error.no-rotation"));
        return new Download(RunSheetPdf.fileName(plan.eventTitle(), ""), "application/pdf",
                RunSheetPdf.whole(plan, texts));
    }

    /** The signed-in attendee's own page of the run sheet, once the rotation is planned. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Download myRunSheet(MatchEventId eventId, Translator texts) {
        MatchEvent event = events.event(eventId);
        var me = currentUser.require().personId();
        Registration mine = registrations.forEvent(eventId).stream()
                .filter(r -> r.person().equals(me) && r.status() == RegistrationStatus.CONFIRMED).findFirst()
                .orElseThrow(() -> new NotFoundException("matchmaking.error.no-rotation"));
        Settings settings = rotations.settings(eventId)
                .orElseThrow(() -> new NotFoundException("matchmaking.error.no-rotation"));
        Map<UUID, Attendee> people = people(eventId);
        RotationPlan plan = new RotationPlan(eventId, event.title(), settings.rounds(), settings.minutes(),
                settings.tables(), settings.version(), rotations.rotation(eventId, settings.rounds(), people));
        Attendee person = people.get(mine.id().value());
        return new Download(RunSheetPdf.fileName(event.title(), mine.name()), "application/pdf",
                RunSheetPdf.forPerson(plan, person, texts));
    }

    private void keep(MatchEventId eventId, int fromRound, Rotation rotation, int tables) {
        List<String> broken = RotationRules.broken(rotation, tables);
        if (!broken.isEmpty()) {
            throw new IllegalStateException("The planned rotation breaks its rules: " + broken);
        }
        rotations.replaceSeats(eventId, fromRound, rotation);
    }

    /** People with a place, as the planner sees them (all of them, or only those present). */
    private List<Attendee> attendees(MatchEventId eventId, @Nullable Set<RegistrationId> present) {
        return registrations.forEvent(eventId).stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .filter(r -> present == null || present.contains(r.id()))
                .map(RotationService::attendee)
                .toList();
    }

    /** Everyone with a place at the event, by registration. */
    private Map<UUID, Attendee> people(MatchEventId eventId) {
        Map<UUID, Attendee> people = new LinkedHashMap<>();
        registrations.forEvent(eventId).stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .forEach(r -> people.put(r.id().value(), attendee(r)));
        return people;
    }

    private static Attendee attendee(Registration registration) {
        return new Attendee(registration.id().value(), registration.name(), registration.side(),
                registration.prefersGroup());
    }

    /** A seed from the event and the plan's version: the same request plans the same rotation. */
    private static long seed(MatchEventId eventId, int version) {
        return eventId.value().getLeastSignificantBits() * 31 + version;
    }
}
