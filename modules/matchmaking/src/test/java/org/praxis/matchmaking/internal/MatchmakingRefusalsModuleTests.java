package org.praxis.matchmaking.internal;

import praxis.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import praxis.testsupport.PraxisModuleTest;

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
 * Who is refused what: organising without the programme team role, someone else's registration, nobody signed
 * in, a group one does not belong to, applying twice, a stale version.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class MatchmakingRefusalsModuleTests {

    @Autowired
    MatchEventService events;

    @Autowired
    RegistrationService registrations;

    final PraxisUser priya = organiser();
    final PraxisUser kemi = community("Kemi Adeyemi");
    final PraxisUser lena = researcher("Lena Novak");

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    @Test
    void onlyTheProgrammeTeamOrganises() {
        MatchEventId id = as(priya, () -> events.schedule(event("Refusals event", 5, 5)));
        RegistrationId kemis = as(kemi, () -> registrations.apply(id, profile(AttendeeSide.COMMUNITY,
                DirectoryVisibility.ATTENDEES)));
        as(kemi, () -> {
            assertThatThrownBy(() -> events.schedule(event("Mine", 5, 5))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> registrations.approve(kemis, 0)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> registrations.forEvent(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> events.all()).isInstanceOf(AccessDeniedException.class);
        });
        assertThatThrownBy(() -> events.upcoming()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> registrations.directory(id))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void someoneElsesRegistrationLooksAsIfItDidNotExist() {
        MatchEventId id = as(priya, () -> events.schedule(event("Privacy event", 5, 5)));
        RegistrationId kemis = as(kemi, () -> registrations.apply(id, profile(AttendeeSide.COMMUNITY,
                DirectoryVisibility.ATTENDEES)));
        as(lena, () -> {
            assertThatThrownBy(() -> registrations.registration(kemis)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> registrations.cancel(kemis, 0)).isInstanceOf(NotFoundException.class);
        });
        assertThat(as(priya, () -> registrations.registration(kemis)).accessNeeds()).isNotBlank();
    }

    @Test
    void peopleApplyOnceAndOnlyWithTheirOwnGroup() {
        MatchEventId id = as(priya, () -> events.schedule(event("Groups event", 5, 5)));
        as(kemi, () -> {
            assertThatThrownBy(() -> registrations.apply(id, profile(AttendeeSide.RESEARCHER,
                    DirectoryVisibility.ATTENDEES))).isInstanceOfSatisfying(InvalidInputException.class,
                    p -> assertThat(p.problems()).containsExactly("matchmaking.validation.side-not-yours"));
            RegistrationId kemis = registrations.apply(id, profile(AttendeeSide.COMMUNITY, DirectoryVisibility.ATTENDEES));
            assertThatThrownBy(() -> registrations.apply(id, profile(AttendeeSide.COMMUNITY,
                    DirectoryVisibility.ATTENDEES))).isInstanceOfSatisfying(ProblemException.class,
                    p -> assertThat(p.messageKey()).isEqualTo("matchmaking.error.already-applied"));
            ProfileForm blank = profile(AttendeeSide.COMMUNITY, DirectoryVisibility.ATTENDEES);
            blank.setOffer(" ");
            assertThatThrownBy(() -> registrations.updateProfile(kemis, 0, blank))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            p -> assertThat(p.problems()).containsExactly("matchmaking.validation.offer-required"));
            registrations.updateProfile(kemis, 0, profile(AttendeeSide.COMMUNITY, DirectoryVisibility.HIDDEN));
            assertThatThrownBy(() -> registrations.cancel(kemis, 0)).isInstanceOf(ConcurrentChangeException.class);
            assertThat(registrations.registration(kemis).visibility()).isEqualTo(DirectoryVisibility.HIDDEN);
        });
        MatchEventForm noBrokers = event("Groups event", 5, 5);
        as(priya, () -> assertThatThrownBy(() -> events.update(id, 1, noBrokers))
                .isInstanceOf(ConcurrentChangeException.class));
    }
}
