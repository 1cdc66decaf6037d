package org.praxis.matchmaking.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.PartnershipFormed;
import org.praxis.matchmaking.events.PartnershipId;
import org.praxis.matchmaking.events.PartnershipSupportRequested;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.matchmaking.events.SupportKind;
import org.praxis.matchmaking.internal.MatchmakingViews.Partnership;
import org.praxis.matchmaking.internal.MatchmakingViews.Registration;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Partnerships formed at match events: a community organisation and a researcher who both had a place at the
 * event (a broker from the event optional). A partnership is its members' own; the programme team sees any.
 * Asking for a mentor or coach publishes {@link PartnershipSupportRequested}, for the module that runs mentoring
 * and coaching to take up: matchmaking calls nobody.
 */
@Service
@Transactional
public class PartnershipService {

    public static final int NOTE_MAX = 1000;

    private final JooqPartnershipRepository partnerships;
    private final JooqRegistrationRepository registrations;
    private final ApplicationEventPublisher publisher;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final MatchmakingTime time;

    PartnershipService(JooqPartnershipRepository partnerships, JooqRegistrationRepository registrations,
                       ApplicationEventPublisher publisher, CurrentUser currentUser, InputValidator validator,
                       MatchmakingTime time) {
        this.partnerships = partnerships;
        this.registrations = registrations;
        this.publisher = publisher;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    /** Forms a partnership with someone met at the event; the signed-in person is one of the two partners. */
    @PreAuthorize("isAuthenticated()")
    public PartnershipId form(MatchEventId eventId, PartnershipForm form) {
        validator.check(form);
        PraxisUser me = currentUser.require();
        List<Registration> attendees = registrations.forEvent(eventId).stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList();
        Registration mine = attendees.stream().filter(r -> r.person().equals(me.personId()))
                .filter(r -> r.side() != AttendeeSide.BROKER).findFirst()
                .orElseThrow(() -> new ProblemException("matchmaking.error.partnership-needs-a-place"));
        AttendeeSide otherSide = mine.side() == AttendeeSide.COMMUNITY ? AttendeeSide.RESEARCHER
                : AttendeeSide.COMMUNITY;
        Registration partner = attendee(attendees, form.getPartner(), otherSide)
                .orElseThrow(() -> new InvalidInputException(List.of("matchmaking.validation.partner-not-attendee")));
        Registration broker = null;
        if (form.getBroker() != null) {
            broker = attendee(attendees, form.getBroker(), AttendeeSide.BROKER)
                    .orElseThrow(() -> new InvalidInputException(List.of("matchmaking.validation.broker-not-attendee")));
        }
        Registration community = mine.side() == AttendeeSide.COMMUNITY ? mine : partner;
        Registration researcher = community == mine ? partner : mine;
        PartnershipId id = new PartnershipId(Ids.newId());
        OffsetDateTime now = time.now();
        PersonId brokerPerson = broker == null ? null : broker.person();
        if (!partnerships.insert(id, eventId, form.getName(), community.person(), researcher.person(), brokerPerson,
                me.personId(), now)) {
            throw new ProblemException("matchmaking.error.partnership-exists");
        }
        publisher.publishEvent(new PartnershipFormed(id, eventId, form.getName().strip(), community.person(),
                researcher.person(), brokerPerson, now.toInstant()));
        List<PersonId> told = new ArrayList<>(List.of(partner.person()));
        if (brokerPerson != null) {
            told.add(brokerPerson);
        }
        publisher.publishEvent(MatchmakingNotices.partnershipFormed(id, told, form.getName().strip(), me.displayName()));
        return id;
    }

    /** The signed-in person's partnerships, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Partnership> mine() {
        return partnerships.of(currentUser.require().personId());
    }

    /** A partnership: for its members and the programme team; to anyone else it does not exist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Partnership partnership(PartnershipId id) {
        Partnership partnership = partnerships.find(id).orElseThrow(PartnershipService::notFound);
        PraxisUser viewer = currentUser.require();
        if (!partnership.hasMember(viewer.personId()) && !viewer.hasRole(Role.PROGRAMME_TEAM)) {
            throw notFound();
        }
        return partnership;
    }

    /** Asks for a mentor or a partnership coach, for the partnership's members to meet. */
    @PreAuthorize("isAuthenticated()")
    public void requestSupport(PartnershipId id, SupportKind kind, @Nullable String note) {
        Partnership partnership = own(id);
        String words = note == null || note.isBlank() ? null : note.strip();
        if (words != null && words.length() > NOTE_MAX) {
            throw new InvalidInputException(List.of("matchmaking.validation.support-note-too-long"));
        }
        List<PersonId> members = new ArrayList<>(List.of(partnership.communityPartner(), partnership.researchPartner()));
        if (partnership.broker() != null) {
            members.add(partnership.broker());
        }
        publisher.publishEvent(new PartnershipSupportRequested(id, partnership.name(), Objects.requireNonNull(kind),
                members, currentUser.require().personId(), words, time.now().toInstant()));
    }

    /** The partnership, if the signed-in person is one of its members; to anyone else it does not exist. */
    @PreAuthorize("isAuthenticated()")
    public Partnership own(PartnershipId id) {
        Partnership partnership = partnerships.find(id).orElseThrow(PartnershipService::notFound);
        if (!partnership.hasMember(currentUser.require().personId())) {
            throw notFound();
        }
        return partnership;
    }

    private static Optional<Registration> attendee(List<Registration> attendees, @Nullable RegistrationId id,
                                                   AttendeeSide side) {
        return attendees.stream().filter(r -> r.id().equals(id) && r.side() == side).findFirst();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("matchmaking.error.partnership-not-found");
    }
}
