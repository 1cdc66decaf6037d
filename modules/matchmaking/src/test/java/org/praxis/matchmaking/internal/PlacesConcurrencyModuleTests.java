package org.praxis.matchmaking.internal;

import praxis.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.matchmaking.internal.MatchmakingViews.Registration;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import praxis.testsupport.PraxisModuleTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.event;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.organiser;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.profile;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.researcher;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.signOut;

/**
 * The last place, asked for at the same moment in real concurrent transactions on PostgreSQL: exactly one person
 * gets it, whether places go to the first who apply or the organisers approve. The others wait or are told the
 * group is full; no group ever has more people than places.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class PlacesConcurrencyModuleTests {

    static final int AT_ONCE = 6;

    @Autowired
    MatchEventService events;

    @Autowired
    RegistrationService registrations;

    final PraxisUser priya = organiser();

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    @Test
    void peopleApplyingAtOnceForTheLastPlaceGetItExactlyOnce() throws Exception {
        MatchEventForm form = event("Last place, first come", 1, 1);
        form.setAutoAccept(true);
        MatchEventId id = as(priya, () -> events.schedule(form));
        List<PraxisUser> researchers = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            researchers.add(researcher("Researcher " + i));
        }
        CyclicBarrier start = new CyclicBarrier(AT_ONCE);
        List<RegistrationId> ids = atOnce(researchers.stream().<Callable<RegistrationId>>map(r -> () -> {
            start.await(10, TimeUnit.SECONDS);
            return as(r, () -> registrations.apply(id, profile(AttendeeSide.RESEARCHER,
                    DirectoryVisibility.ATTENDEES)));
        }).toList());

        List<Registration> outcome = as(priya, () -> registrations.forEvent(id));
        assertThat(outcome).hasSize(AT_ONCE);
        assertThat(outcome).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(1);
        assertThat(outcome).filteredOn(r -> r.status() == RegistrationStatus.WAITING).hasSize(AT_ONCE - 1);
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void organisersApprovingAtOnceGiveTheLastPlaceExactlyOnce() throws Exception {
        MatchEventId id = as(priya, () -> events.schedule(event("Last place, approved", 1, 1)));
        List<RegistrationId> applications = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            PraxisUser person = researcher("Applicant " + i);
            applications.add(as(person, () -> registrations.apply(id, profile(AttendeeSide.RESEARCHER,
                    DirectoryVisibility.ATTENDEES))));
        }
        CyclicBarrier start = new CyclicBarrier(AT_ONCE);
        List<String> results = atOnce(applications.stream().<Callable<String>>map(application -> () -> {
            PraxisUser organiser = organiser();
            start.await(10, TimeUnit.SECONDS);
            try {
                as(organiser, () -> registrations.approve(application, 0));
                return "approved";
            } catch (ProblemException refused) {
                return refused.messageKey();
            }
        }).toList());

        assertThat(results).filteredOn("approved"::equals).hasSize(1);
        assertThat(results).filteredOn("matchmaking.error.group-full.RESEARCHER"::equals).hasSize(AT_ONCE - 1);
        assertThat(as(priya, () -> registrations.forEvent(id)))
                .filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(1);
    }

    private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
