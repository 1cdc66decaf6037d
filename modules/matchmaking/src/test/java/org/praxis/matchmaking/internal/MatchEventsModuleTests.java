package org.praxis.matchmaking.internal;

import praxis.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.events.ResourcePublished;
import org.praxis.identity.events.PersonRegistered;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.PlaceConfirmed;
import org.praxis.matchmaking.events.PlaceOffered;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.matchmaking.internal.MatchmakingViews.DirectoryEntry;
import org.praxis.matchmaking.internal.MatchmakingViews.Places;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import praxis.testsupport.PraxisModuleTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.community;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.event;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.organiser;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.profile;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.researcher;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.signOut;

/**
 * Match events from scheduling to the day: places per group, approval up to the cap and no further, the waiting
 * list offering freed places in order with a time limit, cancelling, the consent-based directory, pre-work
 * (Hub materials and the checklist), and names from identity's events. Bad input is refused in plain words with
 * nothing saved.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class MatchEventsModuleTests {

    @Autowired
    MatchEventService events;

    @Autowired
    RegistrationService registrations;

    @Autowired
    WaitingList waitingList;

    @Autowired
    MutableClock clock;

    final PraxisUser priya = organiser();
    final PraxisUser kemi = community("Kemi Adeyemi");
    final PraxisUser lena = researcher("Lena Novak");
    final PraxisUser omar = researcher("Omar Haddad");
    final PraxisUser sam = researcher("Sam Okafor");

    @BeforeEach
    @AfterEach
    void resetClockAndSignOut() {
        clock.set(MutableClock.Configuration.START);
        signOut();
    }

    @Test
    void organiserApprovesUpToTheCapAndNoFurther(AssertablePublishedEvents published) {
        MatchEventId id = as(priya, () -> events.schedule(event("Leeds match event", 1, 1)));
        RegistrationId kemis = as(kemi, () -> registrations.apply(id, profile(AttendeeSide.COMMUNITY,
                DirectoryVisibility.ATTENDEES)));
        RegistrationId lenas = as(lena, () -> registrations.apply(id, profile(AttendeeSide.RESEARCHER,
                DirectoryVisibility.ATTENDEES)));
        RegistrationId omars = as(omar, () -> registrations.apply(id, profile(AttendeeSide.RESEARCHER,
                DirectoryVisibility.ATTENDEES)));
        assertThat(published.ofType(NoticeRequested.class)
                .matching(n -> n.noticeKey().equals("matchmaking:application-received:" + lenas))).hasSize(1);

        as(priya, () -> {
            registrations.approve(kemis, 0);
            registrations.approve(lenas, 0);
            assertThatThrownBy(() -> registrations.approve(omars, 0)).isInstanceOfSatisfying(ProblemException.class,
                    p -> assertThat(p.messageKey()).isEqualTo("matchmaking.error.group-full.RESEARCHER"));
            assertThat(registrations.registration(omars).status()).isEqualTo(RegistrationStatus.APPLIED);
            assertThat(events.event(id).places()).containsExactly(new Places(AttendeeSide.COMMUNITY, 1, 1, 0),
                    new Places(AttendeeSide.RESEARCHER, 1, 1, 0));

            // Fewer places than are taken: refused, nothing changed.
            MatchEventForm smaller = event("Leeds match event", 1, 0);
            assertThatThrownBy(() -> events.update(id, 0, smaller)).isInstanceOfSatisfying(ProblemException.class,
                    p -> assertThat(p.messageKey()).isEqualTo("matchmaking.error.places-below-taken.RESEARCHER"));
            assertThat(events.event(id).version()).isZero();
        });
        assertThat(published.ofType(PlaceConfirmed.class).matching(p -> p.eventId().equals(id))).hasSize(2);
        assertThat(published.ofType(NoticeRequested.class)
                .matching(n -> n.noticeKey().equals("matchmaking:place-confirmed:" + omars))).isEmpty();
    }

    @Test
    void datesInThePastAndTooManyPlacesAreRefusedWithNothingSaved() {
        as(priya, () -> {
            int before = events.all().size();
            MatchEventForm past = event("Yesterday's event", 10, 10);
            past.setDate(LocalDate.of(2027, 1, 9));
            assertThatThrownBy(() -> events.schedule(past)).isInstanceOfSatisfying(InvalidInputException.class,
                    p -> assertThat(p.problems()).containsExactly("matchmaking.validation.date-in-past"));

            MatchEventForm huge = event("Huge event", 10, MatchEventForm.PLACES_MAX + 1);
            huge.setPlace("");
            assertThatThrownBy(() -> events.schedule(huge)).isInstanceOfSatisfying(InvalidInputException.class,
                    p -> assertThat(p.problems()).contains("matchmaking.validation.places-too-many",
                            "matchmaking.validation.place-required"));

            MatchEventForm online = event("Online event", 5, 5);
            online.setFormat(EventFormat.ONLINE);
            online.setLink("meet.example.org/x");
            assertThatThrownBy(() -> events.schedule(online)).isInstanceOfSatisfying(InvalidInputException.class,
                    p -> assertThat(p.problems()).containsExactly("matchmaking.validation.link-not-https"));
            assertThat(events.all()).hasSize(before);
        });
    }

    @Test
    void theWaitingListOffersAFreedPlaceInOrderWithATimeLimit(AssertablePublishedEvents published) {
        MatchEventForm form = event("First come, first served", 2, 1);
        form.setAutoAccept(true);
        MatchEventId id = as(priya, () -> events.schedule(form));
        RegistrationId lenas = as(lena, () -> registrations.apply(id, profile(AttendeeSide.RESEARCHER,
                DirectoryVisibility.ATTENDEES)));
        RegistrationId omars = as(omar, () -> registrations.apply(id, profile(AttendeeSide.RESEARCHER,
                DirectoryVisibility.ATTENDEES)));
        clock.advance(Duration.ofMinutes(1));
        RegistrationId sams = as(sam, () -> registrations.apply(id, profile(AttendeeSide.RESEARCHER,
                DirectoryVisibility.ATTENDEES)));
        assertThat(as(lena, () -> registrations.registration(lenas)).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(as(omar, () -> registrations.registration(omars)).status()).isEqualTo(RegistrationStatus.WAITING);

        // Lena cancels: Omar, first in the queue, is offered her place for 48 hours; Sam still waits.
        as(lena, () -> registrations.cancel(lenas, 0));
        var offer = as(omar, () -> registrations.registration(omars));
        assertThat(offer.status()).isEqualTo(RegistrationStatus.OFFERED);
        assertThat(offer.offeredUntil().toInstant()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
        assertThat(as(sam, () -> registrations.registration(sams)).status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(published.ofType(PlaceOffered.class).matching(p -> p.registrationId().equals(omars))).hasSize(1);
        assertThat(published.ofType(NoticeRequested.class)
                .matching(n -> n.noticeKey().equals("matchmaking:place-offered:" + omars))).hasSize(1);

        // Omar lets the time pass: he can no longer take it, and the place goes to Sam.
        clock.advance(Duration.ofHours(49));
        assertThatThrownBy(() -> as(omar, () -> registrations.acceptOffer(omars, offer.version())))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.messageKey()).isEqualTo("matchmaking.error.offer-lapsed"));
        waitingList.passOnLapsedOffers();
        assertThat(as(omar, () -> registrations.registration(omars)).status())
                .isEqualTo(RegistrationStatus.OFFER_LAPSED);
        var samsOffer = as(sam, () -> registrations.registration(sams));
        assertThat(samsOffer.status()).isEqualTo(RegistrationStatus.OFFERED);
        as(sam, () -> registrations.acceptOffer(sams, samsOffer.version()));
        assertThat(as(sam, () -> registrations.registration(sams)).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(as(priya, () -> events.event(id)).places())
                .contains(new Places(AttendeeSide.RESEARCHER, 1, 1, 0));
    }

    @Test
    void aHiddenAttendeeNeverAppearsInTheDirectoryNotEvenToAttendees() {
        MatchEventForm form = event("Directory event", 5, 5);
        form.setAutoAccept(true);
        MatchEventId id = as(priya, () -> events.schedule(form));
        PraxisUser hana = community("Hana Ito");
        PraxisUser outsider = community("Olu Bello");
        as(kemi, () -> registrations.apply(id, profile(AttendeeSide.COMMUNITY, DirectoryVisibility.ALL_SIGNED_IN)));
        as(lena, () -> registrations.apply(id, profile(AttendeeSide.RESEARCHER, DirectoryVisibility.ATTENDEES)));
        as(hana, () -> registrations.apply(id, profile(AttendeeSide.COMMUNITY, DirectoryVisibility.HIDDEN)));

        assertThat(names(as(outsider, () -> registrations.directory(id)))).containsExactly(kemi.displayName());
        assertThat(names(as(kemi, () -> registrations.directory(id))))
                .containsExactlyInAnyOrder(kemi.displayName(), lena.displayName());
        assertThat(names(as(hana, () -> registrations.directory(id))))
                .containsExactlyInAnyOrder(kemi.displayName(), lena.displayName());
        assertThat(names(as(priya, () -> registrations.directory(id)))).doesNotContain(hana.displayName());
        // Access needs are for the organiser only: they are not part of a directory entry at all.
        assertThat(DirectoryEntry.class.getRecordComponents()).extracting("name").doesNotContain("accessNeeds");
    }

    @Test
    void attendeesConfirmTheChecklistAndSeeHubMaterials(Scenario scenario) {
        ResourceId guide = new ResourceId(UUID.randomUUID());
        scenario.publish(new ResourcePublished(guide, "Partnership guide " + guide, "guide", Set.of("partnerships"),
                        null, null, Instant.parse("2026-12-01T12:00:00Z")))
                .andWaitForStateChange(() -> as(priya, () -> events.hubResources()),
                        resources -> resources.stream().anyMatch(r -> r.resourceId().equals(guide.value())));
        MatchEventForm form = event("Pre-work event", 5, 5);
        form.setMaterials(List.of(guide.value()));
        MatchEventId id = as(priya, () -> events.schedule(form));
        assertThat(as(kemi, () -> events.materials(id))).extracting(MatchmakingViews.Material::resourceId)
                .containsExactly(guide.value());

        MatchEventForm unknown = event("Unknown material", 5, 5);
        unknown.setMaterials(List.of(UUID.randomUUID()));
        assertThatThrownBy(() -> as(priya, () -> events.schedule(unknown)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        p -> assertThat(p.problems()).containsExactly("matchmaking.validation.material-unknown"));

        RegistrationId kemis = as(kemi, () -> registrations.apply(id, profile(AttendeeSide.COMMUNITY,
                DirectoryVisibility.ATTENDEES)));
        UUID first = as(kemi, () -> registrations.checklist(id)).getFirst().id();
        assertThatThrownBy(() -> as(kemi, () -> registrations.confirm(kemis, first, true)))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.messageKey())
                        .isEqualTo("matchmaking.error.checklist-attendees-only"));
        as(priya, () -> registrations.approve(kemis, 0));
        as(kemi, () -> registrations.confirm(kemis, first, true));
        assertThat(as(kemi, () -> registrations.checklist(id)))
                .extracting(MatchmakingViews.ChecklistItem::confirmed).containsExactly(true, false);
        assertThat(as(priya, () -> registrations.checklistProgress(id))).containsEntry(kemis, 1);
    }

    @Test
    void namesComeFromIdentitysEvents(Scenario scenario) {
        PraxisUser ada = community("Ada Lovell");
        MatchEventId id = as(priya, () -> events.schedule(event("Names event", 5, 5)));
        RegistrationId adas = as(ada, () -> registrations.apply(id, profile(AttendeeSide.COMMUNITY,
                DirectoryVisibility.ATTENDEES)));
        String newName = "Ada Lovell-Jones " + UUID.randomUUID();
        scenario.publish(new PersonRegistered(ada.personId(), ada.organisationId(), newName, ada.email()))
                .andWaitForStateChange(() -> as(priya, () -> registrations.registration(adas)).name(),
                        newName::equals)
                .andVerify(name -> assertThat(name).isEqualTo(newName));
    }

    private static List<String> names(List<DirectoryEntry> directory) {
        return directory.stream().map(DirectoryEntry::name).toList();
    }
}
