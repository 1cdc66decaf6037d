package org.praxis.matchmaking.internal;

import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.MatchEventScheduled;
import org.praxis.matchmaking.internal.MatchmakingViews.ChecklistItem;
import org.praxis.matchmaking.internal.MatchmakingViews.MatchEvent;
import org.praxis.matchmaking.internal.MatchmakingViews.Material;
import org.praxis.matchmaking.internal.MatchmakingViews.Places;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Match events: the programme team schedules them (when and where, places per group, pre-work), anyone signed in
 * reads them. A date in the past, a group made smaller than the places already taken, or a Hub resource that was
 * never published is refused in plain words before anything is written; each change checks the version the
 * organiser saw.
 */
@Service
@Transactional
public class MatchEventService {

    private final JooqEventRepository events;
    private final WaitingList waitingList;
    private final ApplicationEventPublisher publisher;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final MatchmakingTime time;

    MatchEventService(JooqEventRepository events, WaitingList waitingList, ApplicationEventPublisher publisher,
                      CurrentUser currentUser, InputValidator validator, MatchmakingTime time) {
        this.events = events;
        this.waitingList = waitingList;
        this.publisher = publisher;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    /** Events that have not ended yet, soonest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MatchEvent> upcoming() {
        return events.events(time.now());
    }

    /** Every event, past ones included, for the programme team. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<MatchEvent> all() {
        return events.events(null);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MatchEvent event(MatchEventId id) {
        return events.find(id).orElseThrow(() -> new NotFoundException("matchmaking.error.event-not-found"));
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public MatchEventId schedule(MatchEventForm form) {
        checkForm(form);
        OffsetDateTime now = time.now();
        OffsetDateTime startsAt = startsAt(form);
        if (!startsAt.isAfter(now)) {
            throw new InvalidInputException(List.of("matchmaking.validation.date-in-past"));
        }
        MatchEventId id = new MatchEventId(Ids.newId());
        var organiser = currentUser.require().personId();
        events.insert(id, form, startsAt, endsAt(form), organiser, null, now);
        publisher.publishEvent(new MatchEventScheduled(id, form.getTitle().strip(), startsAt.toInstant(),
                endsAt(form).toInstant(), form.getFormat() == EventFormat.ONLINE, organiser));
        return id;
    }

    /**
     * Changes an event that has not started. A group cannot have fewer places than are taken; more places go
     * to its waiting list straight away.
     */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void update(MatchEventId id, int expectedVersion, MatchEventForm form) {
        MatchEvent event = event(id);
        OffsetDateTime now = time.now();
        if (!event.startsAt().isAfter(now)) {
            throw new ProblemException("matchmaking.error.event-started");
        }
        checkForm(form);
        OffsetDateTime startsAt = startsAt(form);
        if (!startsAt.isAfter(now)) {
            throw new InvalidInputException(List.of("matchmaking.validation.date-in-past"));
        }
        for (AttendeeSide side : AttendeeSide.values()) {
            events.lockPlaces(id, side);
            int taken = events.placesTaken(id, side);
            if (form.placesFor(side) < taken) {
                throw new ProblemException("matchmaking.error.places-below-taken." + side.name(), taken);
            }
        }
        if (!events.update(id, expectedVersion, form, startsAt, endsAt(form), now)) {
            throw new ConcurrentChangeException();
        }
        for (AttendeeSide side : AttendeeSide.values()) {
            waitingList.offerFreePlaces(id, side, form.placesFor(side), startsAt);
        }
    }

    /** The event as a form, to edit. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public MatchEventForm form(MatchEventId id) {
        MatchEvent event = event(id);
        MatchEventForm form = new MatchEventForm();
        form.setTitle(event.title());
        form.setDescription(event.description());
        form.setFormat(event.format());
        var local = event.startsAt().atZoneSameInstant(time.zone());
        form.setDate(local.toLocalDate());
        form.setStartTime(local.toLocalTime());
        form.setEndTime(event.endsAt().atZoneSameInstant(time.zone()).toLocalTime());
        form.setPlace(event.place());
        form.setLink(event.link());
        form.setAutoAccept(event.autoAccept());
        for (Places places : event.places()) {
            switch (places.side()) {
                case COMMUNITY -> form.setCommunityPlaces(places.places());
                case RESEARCHER -> form.setResearcherPlaces(places.places());
                case BROKER -> form.setBrokerPlaces(places.places());
            }
        }
        form.setMaterials(events.materialIds(id));
        form.setChecklist(String.join("\n", events.checklist(id, null).stream().map(ChecklistItem::text).toList()));
        return form;
    }

    /** The Hub resources linked to the event, to read before coming. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Material> materials(MatchEventId id) {
        event(id);
        return events.materials(id);
    }

    /** Published Hub resources an organiser can link to an event. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Material> hubResources() {
        return events.hubResources();
    }

    private void checkForm(MatchEventForm form) {
        validator.check(form);
        Set<UUID> published = new HashSet<>(events.hubResources().stream().map(Material::resourceId).toList());
        if (!published.containsAll(form.getMaterials())) {
            throw new InvalidInputException(List.of("matchmaking.validation.material-unknown"));
        }
    }

    private OffsetDateTime startsAt(MatchEventForm form) {
        return time.at(Objects.requireNonNull(form.getDate()).atTime(Objects.requireNonNull(form.getStartTime())));
    }

    private OffsetDateTime endsAt(MatchEventForm form) {
        return time.at(Objects.requireNonNull(form.getDate()).atTime(Objects.requireNonNull(form.getEndTime())));
    }
}
