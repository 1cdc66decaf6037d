package org.praxis.matchmaking.internal;

import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.PlaceOffered;
import org.praxis.matchmaking.events.RegistrationCancelled;
import org.praxis.matchmaking.internal.MatchmakingViews.Registration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The waiting list: a freed place is offered to the person who joined the list first, and held for them for a
 * time limit ({@code praxis.matchmaking.offer-time-limit}); an offer not taken up in time lapses and the place
 * goes to the next person. Before the event only: once it has started, nobody is offered a place.
 */
@Component
class WaitingList {

    private final JooqEventRepository events;
    private final JooqRegistrationRepository registrations;
    private final ApplicationEventPublisher publisher;
    private final MatchmakingTime time;
    private final MatchmakingProperties properties;

    WaitingList(JooqEventRepository events, JooqRegistrationRepository registrations,
                ApplicationEventPublisher publisher, MatchmakingTime time, MatchmakingProperties properties) {
        this.events = events;
        this.registrations = registrations;
        this.publisher = publisher;
        this.time = time;
        this.properties = properties;
    }

    /** Offers the group's free places to its waiting list, in order. The caller holds the group's lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    void offerFreePlaces(MatchEventId event, AttendeeSide side, int places, OffsetDateTime startsAt) {
        OffsetDateTime now = time.now();
        if (!startsAt.isAfter(now)) {
            return;
        }
        int free = places - events.placesTaken(event, side);
        OffsetDateTime until = now.plus(properties.offerTimeLimit());
        for (; free > 0; free--) {
            Optional<Registration> next = registrations.firstWaiting(event, side);
            if (next.isEmpty()) {
                return;
            }
            Registration offered = next.get();
            registrations.changeStatus(offered.id(), null, RegistrationStatus.WAITING, RegistrationStatus.OFFERED,
                    until, now);
            publisher.publishEvent(new PlaceOffered(offered.id(), event, offered.person(), side, until.toInstant()));
            publisher.publishEvent(MatchmakingNotices.placeOffered(offered, until, time.zone()));
        }
    }

    /** Passes on offers whose time limit has passed, each to the next person waiting. */
    @Scheduled(fixedDelayString = "${praxis.matchmaking.offer-check-every:PT5M}",
            initialDelayString = "${praxis.matchmaking.offer-check-every:PT5M}")
    @Transactional
    void passOnLapsedOffers() {
        OffsetDateTime now = time.now();
        for (Registration lapsed : registrations.lapsedOffers(now)) {
            int places = events.lockPlaces(lapsed.eventId(), lapsed.side());
            if (registrations.changeStatus(lapsed.id(), null, RegistrationStatus.OFFERED,
                    RegistrationStatus.OFFER_LAPSED, null, now)) {
                publisher.publishEvent(new RegistrationCancelled(lapsed.id(), lapsed.eventId(), lapsed.person(), true,
                        now.toInstant()));
                offerFreePlaces(lapsed.eventId(), lapsed.side(), places, lapsed.startsAt());
            }
        }
    }
}
