package org.praxis.hub.internal;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.HubViews.ResourceRef;
import org.praxis.hub.internal.HubViews.ReviewStep;
import org.praxis.hub.internal.HubViews.SearchQuery;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import praxis.testsupport.PraxisModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.UUID;

import static praxis.testsupport.TestWords.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.hub.internal.jooq.Tables.RESOURCE_SUPERSEDED;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.newOrganisation;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;
import static praxis.testsupport.TestUsers.user;

/**
 * "Superseded by", against a real PostgreSQL: only moderators (or the programme team) mark and clear, the
 * older resource stays readable and findable, who and when go into its history, circles and stale versions
 * are refused before anything is written.
 */
@PraxisModuleTest
@TestPropertySource(properties = {"praxis.files.directory=${java.io.tmpdir}/praxis-hub-module-tests",
        "praxis.hub.files.max-size=1MB", "praxis.hub.search.max-counted=5"})
class HubSupersessionModuleTests {

    @Autowired
    ResourceService resources;

    @Autowired
    SupersessionService supersessions;

    @Autowired
    SearchService search;

    @Autowired
    DSLContext sql;

    final OrganisationId liceria = newOrganisation();
    final PraxisUser lena = user("Lena Novak", liceria, Role.RESEARCHER);
    final PraxisUser jo = user("Jo Whitfield", liceria, Role.INSTITUTION_LEAD);
    final PraxisUser kemi = user("Kemi Adeyemi", newOrganisation(), Role.COMMUNITY_MEMBER);
    final PraxisUser priya = user("Priya Shah", newOrganisation(), Role.PROGRAMME_TEAM, Role.MODERATOR);
    final PraxisUser mo = user("Mo Reviewer", newOrganisation(), Role.MODERATOR);

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    // --- superseded by ------------------------------------------------------------------------------

    @Test
    void aModeratorMarksAResourceAsReplacedItStaysFindableAndTheMarkCanBeCleared() {
        String marker = marker("narwhal");
        ResourceId older = publish("Partnership agreement guide, 2023 " + marker);
        ResourceId newer = publish("Partnership agreement guide, 2026 " + marker);

        as(mo, () -> supersessions.markSuperseded(older, version(older), newer));

        signIn(kemi);
        SupersessionService.Supersession ofOlder = supersessions.of(older);
        assertThat(ofOlder.replacedBy()).extracting(ResourceRef::id).isEqualTo(newer);
        assertThat(supersessions.of(newer).replaces()).extracting(ResourceRef::id).containsExactly(older);
        assertThat(supersessions.replacedAmong(List.of(older, newer))).containsExactly(older);
        // Still readable and findable.
        assertThat(resources.get(older).status()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(search.search(SearchQuery.of(marker)).hits()).extracting(HubViews.SearchHit::id)
                .contains(older, newer);

        // Who and when is in the older resource's history.
        ReviewStep step = as(priya, () -> resources.get(older)).history().getLast();
        assertThat(step.action()).isEqualTo("superseded");
        assertThat(step.byName()).isEqualTo("Mo Reviewer");
        assertThat(step.note()).isEqualTo("Partnership agreement guide, 2026 " + marker);
        assertThat(step.at()).isNotNull();

        as(priya, () -> supersessions.clearSuperseded(older, version(older)));
        assertThat(as(kemi, () -> supersessions.of(older)).replacedBy()).isNull();
        assertThat(as(kemi, () -> supersessions.replacedAmong(List.of(older)))).isEmpty();
        assertThat(as(priya, () -> resources.get(older)).history().getLast().action()).isEqualTo("supersede-cleared");
        assertThatThrownBy(() -> as(priya, () -> supersessions.clearSuperseded(older, version(older))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("hub.error.not-superseded");
    }

    @Test
    void onlyModeratorsMarkAndTheRulesRefuseBeforeAnythingIsWritten() {
        ResourceId a = publish("Ethics checklist A " + marker("ibis"));
        ResourceId b = publish("Ethics checklist B " + marker("ibis"));
        ResourceId c = publish("Ethics checklist C " + marker("ibis"));
        ResourceId draft = as(lena, () -> resources.create(HubModuleTests.guide("Draft checklist " + marker("ibis"))));

        for (PraxisUser notAModerator : List.of(lena, jo, kemi)) {
            assertThatThrownBy(() -> as(notAModerator, () -> supersessions.markSuperseded(a, version(a), b)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(notAModerator, () -> supersessions.clearSuperseded(a, version(a))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        signIn(priya);
        assertThatThrownBy(() -> supersessions.markSuperseded(a, version(a), a))
                .isInstanceOf(ProblemException.class).hasMessageContaining("hub.error.supersede-itself");
        assertThatThrownBy(() -> supersessions.markSuperseded(a, version(a), draft))
                .isInstanceOf(ProblemException.class).hasMessageContaining("hub.error.supersede-newer-not-published");
        // A draft is its submitter's own: to a moderator it does not exist.
        assertThatThrownBy(() -> supersessions.markSuperseded(draft, 0, a)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> supersessions.markSuperseded(a, version(a) + 7, b))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(sql.fetchCount(RESOURCE_SUPERSEDED, RESOURCE_SUPERSEDED.RESOURCE_ID.in(a.value(), b.value(), c.value())))
                .isZero();

        // No circles: A replaced by B, then B by A is refused in plain words, as is a longer circle.
        supersessions.markSuperseded(a, version(a), b);
        assertThatThrownBy(() -> supersessions.markSuperseded(b, version(b), a))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("hub.error.supersede-circle");
                    assertThat(e.arguments()).containsExactly(resources.get(a).content().getTitle());
                });
        supersessions.markSuperseded(b, version(b), c);
        assertThatThrownBy(() -> supersessions.markSuperseded(c, version(c), a))
                .isInstanceOf(ProblemException.class).hasMessageContaining("hub.error.supersede-circle");
        assertThat(supersessions.of(c).replacedBy()).isNull();
        assertThat(resources.get(c).history()).extracting(ReviewStep::action).doesNotContain("superseded");
    }

    @Test
    void theMarkCountsOnlyWhileTheNewerResourceIsPublished() {
        ResourceId older = publish("Recruiting co-researchers " + marker("tapir"));
        ResourceId newer = publish("Recruiting co-researchers, revised " + marker("tapir"));
        signIn(priya);
        supersessions.markSuperseded(older, version(older), newer);
        resources.archive(newer, version(newer), "Withdrawn for corrections");
        signIn(kemi);
        assertThat(supersessions.of(older).replacedBy()).isNull();
        assertThat(supersessions.replacedAmong(List.of(older))).isEmpty();
        assertThat(supersessions.of(newer).replaces()).isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------------

    private ResourceId publish(String title) {
        return HubModuleTests.published(resources, lena, priya, HubModuleTests.guide(title));
    }

    private int version(ResourceId id) {
        return as(priya, () -> resources.get(id)).version();
    }

    /** 32 random lower-case letters (a–p): a UUID's hex digits with 0–9 mapped to g–p, so never too short. */
}
