package org.crp.learning.internal;

import praxis.testsupport.MutableClock;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.events.SessionId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.events.ResourcePublished;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.PraxisUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.Scenario;
import praxis.testsupport.PraxisModuleTest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crp.learning.internal.LearningFixtures.run;
import static org.crp.learning.internal.LearningFixtures.session;
import static org.crp.learning.internal.LearningFixtures.team;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;

/**
 * The module keeps a list of published Hub resources from the Hub's events (a redelivered event changes
 * nothing), and organisers link them to sessions by id; an id the Hub never published is refused.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class PublishedResourcesModuleTests {

    @Autowired
    ProgrammeService programme;

    @Autowired
    SessionService sessions;

    final PraxisUser priya = team();

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    static ResourcePublished published(ResourceId id, String title) {
        return new ResourcePublished(id, title, "toolkit", Set.of("partnership-gym"), null, null,
                Instant.parse("2026-12-01T12:00:00Z"));
    }

    @Test
    void keepsEachPublishedResourceOnceAndLinksItToASession(Scenario scenario) {
        ResourceId gym = new ResourceId(UUID.randomUUID());
        String title = "The partnership gym " + gym;
        scenario.publish(published(gym, title))
                .andWaitForStateChange(() -> as(priya, () -> sessions.publishedResources()),
                        resources -> resources.stream().anyMatch(r -> r.id().equals(gym.value())))
                .andVerify(resources -> assertThat(resources).filteredOn(r -> r.id().equals(gym.value()))
                        .singleElement().satisfies(r -> assertThat(r.title()).isEqualTo(title)));
        // The same event again (redelivered after a restart): still one entry.
        scenario.publish(published(gym, title))
                .andWaitForStateChange(() -> as(priya, () -> sessions.publishedResources()))
                .andVerify(resources -> assertThat(resources).filteredOn(r -> r.id().equals(gym.value())).hasSize(1));

        signIn(priya);
        ProgrammeRunId run = programme.createRun(run("CRP with resources"));
        SessionForm form = session("Partnership gym practice", null);
        form.setResourceIds(List.of(gym.value()));
        SessionId session = sessions.schedule(run, form);
        assertThat(sessions.session(session).resources()).singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo(title));

        SessionForm unknown = session("Unknown resource", null);
        unknown.setResourceIds(List.of(UUID.randomUUID()));
        assertThatThrownBy(() -> sessions.schedule(run, unknown)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems()).containsExactly("learning.validation.unknown-resource"));
    }
}
