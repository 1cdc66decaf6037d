package org.praxis.matchmaking.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventApplied;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.PlaceConfirmed;
import org.praxis.matchmaking.events.RegistrationCancelled;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.matchmaking.internal.MatchmakingViews.ChecklistItem;
import org.praxis.matchmaking.internal.MatchmakingViews.DirectoryEntry;
import org.praxis.matchmaking.internal.MatchmakingViews.MatchEvent;
import org.praxis.matchmaking.internal.MatchmakingViews.Registration;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Applying to match events, the organiser's decisions, the waiting list, cancelling, the attendee directory and
 * the "before you come" checklist.
 *
 * <p>Every change to who holds a group's places first locks that group's places row, so concurrent requests for
 * the last place take turns and exactly one gets it. A registration is its person's own; anyone else's looks as
 * if it did not exist, except to the programme team, who organise. Refusals are thrown before anything is
 * written.
 */
@Service
@Transactional
public class RegistrationService {

    private final JooqRegistrationRepository registrations;
    private final JooqEventRepository events;
    private final WaitingList waitingList;
    private final ApplicationEventPublisher publisher;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final MatchmakingTime time;

    RegistrationService(JooqRegistrationRepository registrations, JooqEventRepository events, WaitingList waitingList,
                        ApplicationEventPublisher publisher, CurrentUser currentUser, InputValidator validator,
                        MatchmakingTime time) {
        this.registrations = registrations;
        this.events = events;
        this.waitingList = waitingList;
        this.publisher = publisher;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    // --- applying ------------------------------------------------------------------------------------

    /**
     * Applies to the event with a short profile. Where the event gives places to the first who apply, the person
     * gets a place if one is free, or joins the waiting list; otherwise the organiser decides.
     */
    @PreAuthorize("isAuthenticated()")
    public RegistrationId apply(MatchEventId eventId, ProfileForm form) {
        MatchEvent event = openEvent(eventId);
        validator.check(form);
        PraxisUser person = currentUser.require();
        AttendeeSide side = Objects.requireNonNull(form.getSide());
        if (!Sides.open(person.roles()).contains(side)) {
            throw new InvalidInputException(List.of("matchmaking.validation.side-not-yours"));
        }
        if (event.places().stream().noneMatch(p -> p.side() == side && p.places() > 0)) {
            throw new InvalidInputException(List.of("matchmaking.validation.side-has-no-places"));
        }
        if (registrations.hasLiveRegistration(eventId, person.personId())) {
            throw new ProblemException("matchmaking.error.already-applied");
        }
        RegistrationStatus status = RegistrationStatus.APPLIED;
        if (event.autoAccept()) {
            int places = events.lockPlaces(eventId, side);
            status = events.placesTaken(eventId, side) < places ? RegistrationStatus.CONFIRMED
                    : RegistrationStatus.WAITING;
        }
        RegistrationId id = new RegistrationId(Ids.newId());
        OffsetDateTime now = time.now();
        try {
            registrations.insert(id, eventId, person.personId(), person.displayName(), form, status, now);
        } catch (DuplicateKeyException alreadyThere) {
            throw new ProblemException("matchmaking.error.already-applied");
        }
        Registration registration = registrations.find(id).orElseThrow();
        publisher.publishEvent(new MatchEventApplied(id, eventId, person.personId(), side, now.toInstant()));
        switch (status) {
            case CONFIRMED -> confirmed(registration, now);
            case WAITING -> publisher.publishEvent(MatchmakingNotices.waitingList(registration));
            default -> publisher.publishEvent(MatchmakingNotices.applicationReceived(registration));
        }
        return id;
    }

    /** Changes one's profile and directory choice (the group stays: a place belongs to a group). */
    @PreAuthorize("isAuthenticated()")
    public void updateProfile(RegistrationId id, int expectedVersion, ProfileForm form) {
        Registration registration = own(id);
        if (!registration.status().live()) {
            throw new ProblemException("matchmaking.error.not-registered");
        }
        validator.check(form);
        if (form.getSide() != registration.side()) {
            throw new InvalidInputException(List.of("matchmaking.validation.side-fixed"));
        }
        if (!registrations.updateProfile(id, expectedVersion, form, time.now())) {
            throw new ConcurrentChangeException();
        }
    }

    /**
     * Cancels one's application or place, or turns down an offered place. A place given up goes to the next
     * person on the waiting list.
     */
    @PreAuthorize("isAuthenticated()")
    public void cancel(RegistrationId id, int expectedVersion) {
        Registration registration = own(id);
        if (!registration.status().live()) {
            throw new ProblemException("matchmaking.error.not-registered");
        }
        int places = events.lockPlaces(registration.eventId(), registration.side());
        OffsetDateTime now = time.now();
        if (!registrations.changeStatus(id, expectedVersion, registration.status(), RegistrationStatus.CANCELLED,
                null, now)) {
            throw new ConcurrentChangeException();
        }
        boolean freed = registration.status().holdsAPlace();
        publisher.publishEvent(new RegistrationCancelled(id, registration.eventId(), registration.person(), freed,
                now.toInstant()));
        if (freed) {
            waitingList.offerFreePlaces(registration.eventId(), registration.side(), places, registration.startsAt());
        }
    }

    /** Takes up a place offered from the waiting list, within its time limit. */
    @PreAuthorize("isAuthenticated()")
    public void acceptOffer(RegistrationId id, int expectedVersion) {
        Registration registration = own(id);
        if (registration.status() != RegistrationStatus.OFFERED) {
            throw new ProblemException("matchmaking.error.no-offer");
        }
        OffsetDateTime now = time.now();
        if (registration.offeredUntil() == null || !registration.offeredUntil().isAfter(now)) {
            throw new ProblemException("matchmaking.error.offer-lapsed");
        }
        events.lockPlaces(registration.eventId(), registration.side());
        if (!registrations.changeStatus(id, expectedVersion, RegistrationStatus.OFFERED, RegistrationStatus.CONFIRMED,
                null, now)) {
            throw new ConcurrentChangeException();
        }
        confirmed(registration, now);
    }

    /** The signed-in person's registrations, soonest event first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Registration> mine() {
        return registrations.of(currentUser.require().personId());
    }

    /** The signed-in person's live registration for the event, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Registration> mineFor(MatchEventId eventId) {
        return mine().stream().filter(r -> r.eventId().equals(eventId) && r.status().live()).findFirst();
    }

    /** One registration: its person's, or anyone's for the programme team. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Registration registration(RegistrationId id) {
        Registration registration = registrations.find(id).orElseThrow(RegistrationService::notFound);
        PraxisUser viewer = currentUser.require();
        if (!registration.person().equals(viewer.personId()) && !viewer.hasRole(Role.PROGRAMME_TEAM)) {
            throw notFound();
        }
        return registration;
    }

    // --- the organiser's decisions -------------------------------------------------------------------

    /** Every registration for the event, with access needs: for the programme team, who organise. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Registration> forEvent(MatchEventId eventId) {
        return registrations.forEvent(eventId);
    }

    /** How many applications wait for the organisers' decision, across events. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public int countWaitingForDecision() {
        return registrations.countApplied();
    }

    /** How many checklist items each registration has confirmed, for the organiser. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public Map<RegistrationId, Integer> checklistProgress(MatchEventId eventId) {
        return events.confirmationCounts(eventId);
    }

    /** Gives an applicant (or someone on the waiting list) a place, if the group has one free. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void approve(RegistrationId id, int expectedVersion) {
        Registration registration = decidable(id);
        int places = events.lockPlaces(registration.eventId(), registration.side());
        int taken = events.placesTaken(registration.eventId(), registration.side());
        if (taken >= places) {
            throw new ProblemException("matchmaking.error.group-full." + registration.side().name(), places);
        }
        OffsetDateTime now = time.now();
        if (!registrations.changeStatus(id, expectedVersion, registration.status(), RegistrationStatus.CONFIRMED,
                null, now)) {
            throw new ConcurrentChangeException();
        }
        confirmed(registration, now);
    }

    /** Puts an applicant on the waiting list, behind those already on it. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void waitList(RegistrationId id, int expectedVersion) {
        Registration registration = decidable(id);
        if (registration.status() != RegistrationStatus.APPLIED) {
            throw new ProblemException("matchmaking.error.not-decidable");
        }
        int places = events.lockPlaces(registration.eventId(), registration.side());
        if (!registrations.changeStatus(id, expectedVersion, RegistrationStatus.APPLIED, RegistrationStatus.WAITING,
                null, time.now())) {
            throw new ConcurrentChangeException();
        }
        publisher.publishEvent(MatchmakingNotices.waitingList(registration));
        waitingList.offerFreePlaces(registration.eventId(), registration.side(), places, registration.startsAt());
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void refuse(RegistrationId id, int expectedVersion) {
        Registration registration = decidable(id);
        if (!registrations.changeStatus(id, expectedVersion, registration.status(), RegistrationStatus.REFUSED,
                null, time.now())) {
            throw new ConcurrentChangeException();
        }
        publisher.publishEvent(MatchmakingNotices.refused(registration));
    }

    // --- the directory and the checklist -------------------------------------------------------------

    /**
     * The event's attendee directory as the signed-in person may see it: people who chose everyone signed in,
     * and, for attendees with a place, people who chose attendees only. Nobody who chose hidden, ever.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DirectoryEntry> directory(MatchEventId eventId) {
        events.find(eventId).orElseThrow(() -> new NotFoundException("matchmaking.error.event-not-found"));
        return registrations.directory(eventId, registrations.isConfirmed(eventId, currentUser.require().personId()));
    }

    /** The event's checklist, with what the signed-in person has confirmed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ChecklistItem> checklist(MatchEventId eventId) {
        @Nullable RegistrationId mine = mineFor(eventId).map(Registration::id).orElse(null);
        return events.checklist(eventId, mine);
    }

    /** Ticks (or unticks) a checklist item: attendees with a place only. */
    @PreAuthorize("isAuthenticated()")
    public void confirm(RegistrationId id, UUID item, boolean confirmed) {
        Registration registration = own(id);
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw new ProblemException("matchmaking.error.checklist-attendees-only");
        }
        if (!events.hasChecklistItem(registration.eventId(), item)) {
            throw new NotFoundException("matchmaking.error.checklist-item-not-found");
        }
        events.confirm(id, item, confirmed, time.now());
    }

    // --- rules ---------------------------------------------------------------------------------------

    private MatchEvent openEvent(MatchEventId id) {
        MatchEvent event = events.find(id).orElseThrow(() -> new NotFoundException("matchmaking.error.event-not-found"));
        if (!event.startsAt().isAfter(time.now())) {
            throw new ProblemException("matchmaking.error.event-started");
        }
        return event;
    }

    private Registration own(RegistrationId id) {
        Registration registration = registrations.find(id).orElseThrow(RegistrationService::notFound);
        if (!registration.person().equals(currentUser.require().personId())) {
            throw notFound();
        }
        return registration;
    }

    private Registration decidable(RegistrationId id) {
        Registration registration = registrations.find(id).orElseThrow(RegistrationService::notFound);
        if (registration.status() != RegistrationStatus.APPLIED && registration.status() != RegistrationStatus.WAITING) {
            throw new ProblemException("matchmaking.error.not-decidable");
        }
        openEvent(registration.eventId());
        return registration;
    }

    private void confirmed(Registration registration, OffsetDateTime now) {
        publisher.publishEvent(new PlaceConfirmed(registration.id(), registration.eventId(), registration.person(),
                registration.side(), now.toInstant()));
        publisher.publishEvent(MatchmakingNotices.placeConfirmed(registration));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("matchmaking.error.registration-not-found");
    }
}
