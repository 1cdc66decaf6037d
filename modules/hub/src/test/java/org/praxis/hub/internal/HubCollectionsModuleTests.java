package org.praxis.hub.internal;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.hub.events.CollectionId;
import org.praxis.hub.events.CollectionPublished;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.CollectionViews.CollectionDetails;
import org.praxis.hub.internal.CollectionViews.CollectionSummary;
import org.praxis.hub.internal.CollectionViews.Membership;
import org.praxis.hub.internal.CollectionViews.Step;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import praxis.testsupport.PraxisModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static praxis.testsupport.TestWords.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.hub.internal.jooq.Tables.RESOURCE_COLLECTION;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.newOrganisation;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;
import static praxis.testsupport.TestUsers.user;

/**
 * Collections and curated pathways, against a real PostgreSQL: who may curate, what readers see (and do not
 * see before publishing), bad input reported all at once with nothing saved, optimistic locking, archived
 * resources, and the {@link CollectionPublished} event.
 */
@PraxisModuleTest
@TestPropertySource(properties = {"praxis.files.directory=${java.io.tmpdir}/praxis-hub-module-tests",
        "praxis.hub.files.max-size=1MB", "praxis.hub.search.max-counted=5"})
class HubCollectionsModuleTests {

    @Autowired
    ResourceService resources;

    @Autowired
    CollectionService collections;

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

    // --- collections and pathways ----------------------------------------------------------------------

    @Test
    void theProgrammeTeamCuratesAPathwayThatReadersSeeOnlyOncePublished(Scenario scenario) {
        ResourceId first = publish("Meet without an agenda " + marker("heron"));
        ResourceId second = publish("Agree roles and money " + marker("heron"));
        ResourceId third = publish("Keep the partnership healthy " + marker("heron"));
        String title = "Embedding the model in three steps " + marker("heron");
        CollectionForm form = pathway(title, "For institutions starting out.", first, second, third);
        CollectionId id = as(priya, () -> collections.create(form));

        // Not published yet: curators see it, readers are told it does not exist.
        assertThat(as(priya, () -> collections.get(id)).status()).isEqualTo(CollectionStatus.DRAFT);
        assertThat(as(mo, () -> collections.list())).extracting(CollectionSummary::id).contains(id);
        assertThatThrownBy(() -> as(kemi, () -> collections.get(id))).isInstanceOf(NotFoundException.class);
        assertThat(as(kemi, () -> collections.list())).extracting(CollectionSummary::id).doesNotContain(id);
        assertThat(as(kemi, () -> collections.partOf(second))).isEmpty();

        scenario.stimulate(() -> as(priya, () -> collections.publish(id, 0)))
                .andWaitForEventOfType(CollectionPublished.class).matching(e -> e.collectionId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.title()).isEqualTo(title);
                    assertThat(e.pathway()).isTrue();
                    assertThat(e.resourceIds()).containsExactly(first, second, third);
                });

        signIn(kemi);
        CollectionDetails read = collections.get(id);
        assertThat(read.steps()).extracting(Step::number).containsExactly(1, 2, 3);
        assertThat(read.steps()).extracting(Step::resourceId).containsExactly(first, second, third);
        assertThat(read.steps().get(1).note()).isEqualTo("Why step 2");
        assertThat(read.steps().getFirst().plainSummary()).isEqualTo("A short guide to writing down what each partner will do.");
        assertThat(collections.list()).extracting(CollectionSummary::id).contains(id);
        assertThat(collections.partOf(second)).containsExactly(new Membership(id, title, true, 2, 3));

        // Reordered by a moderator; taken down again, readers lose it.
        signIn(mo);
        collections.update(id, 1, pathway(title, "For institutions starting out.", third, first, second));
        assertThat(collections.get(id).steps()).extracting(Step::resourceId).containsExactly(third, first, second);
        assertThat(collections.get(id).status()).isEqualTo(CollectionStatus.PUBLISHED);
        collections.unpublish(id, 2);
        assertThatThrownBy(() -> as(kemi, () -> collections.get(id))).isInstanceOf(NotFoundException.class);
        assertThat(as(kemi, () -> collections.partOf(second))).isEmpty();
    }

    @Test
    void researchersAndInstitutionLeadsCannotCurate() {
        ResourceId resource = publish("Ice breakers " + marker("otter"));
        CollectionId id = as(priya, () -> collections.create(pathway("Icebreakers " + marker("otter"), "Warm-ups.", resource)));
        for (PraxisUser notACurator : List.of(lena, jo, kemi)) {
            signIn(notACurator);
            assertThatThrownBy(() -> collections.create(pathway("Mine", "Mine.", resource)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> collections.update(id, 0, pathway("Taken over", "", resource)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> collections.publish(id, 0)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> collections.unpublish(id, 0)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> collections.publishingProblems(id)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(priya, () -> collections.get(id))).satisfies(c -> {
            assertThat(c.version()).isZero();
            assertThat(c.status()).isEqualTo(CollectionStatus.DRAFT);
        });
    }

    @Test
    void badInputIsReportedAllAtOnceAndNothingIsSaved() {
        ResourceId published = publish("Fair payment guide " + marker("lynx"));
        ResourceId draft = as(lena, () -> resources.create(HubModuleTests.guide("Unpublished guide " + marker("lynx"))));
        CollectionForm bad = new CollectionForm();
        bad.setTitle("  ");
        bad.setDescription("d".repeat(CollectionForm.DESCRIPTION_MAX + 1));
        bad.setItems(List.of(new CollectionForm.Item(published, "n".repeat(CollectionForm.NOTE_MAX + 1)),
                new CollectionForm.Item(draft, ""), new CollectionForm.Item(published, "")));
        signIn(priya);
        int before = sql.fetchCount(RESOURCE_COLLECTION);
        assertThatThrownBy(() -> collections.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder("hub.validation.collection-title-required",
                        "hub.validation.collection-description-too-long", "hub.validation.collection-note-too-long",
                        "hub.validation.collection-resource-twice", "hub.validation.collection-resource-not-published"));
        bad.setTitle("t".repeat(CollectionForm.TITLE_MAX + 1));
        bad.setDescription("");
        bad.setItems(List.of(new CollectionForm.Item(new ResourceId(UUID.randomUUID()), "")));
        assertThatThrownBy(() -> collections.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder("hub.validation.collection-title-too-long",
                        "hub.validation.collection-resource-not-published"));
        assertThat(sql.fetchCount(RESOURCE_COLLECTION)).isEqualTo(before);

        // Changing one that exists: same checks, nothing changes.
        CollectionId id = collections.create(pathway("Paying partners fairly " + marker("lynx"), "", published));
        CollectionForm twice = pathway("Renamed", "", published, published);
        assertThatThrownBy(() -> collections.update(id, 0, twice)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly("hub.validation.collection-resource-twice"));
        assertThat(collections.get(id).title()).startsWith("Paying partners fairly");
        assertThat(collections.get(id).version()).isZero();

        // Publishing needs a plain-language description and at least one resource.
        CollectionId empty = collections.create(pathway("Nothing yet " + marker("lynx"), " "));
        assertThatThrownBy(() -> collections.publish(empty, 0)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly("hub.validation.collection-description-required",
                        "hub.validation.collection-empty"));
        assertThat(collections.publishingProblems(empty)).hasSize(2);
        assertThat(collections.get(empty).status()).isEqualTo(CollectionStatus.DRAFT);
    }

    @Test
    void twoCuratorsEditingAtOnceCannotOverwriteEachOther() {
        ResourceId one = publish("Listening exercise " + marker("gecko"));
        ResourceId two = publish("Power sharing exercise " + marker("gecko"));
        CollectionId id = as(priya, () -> collections.create(pathway("Partnership gym " + marker("gecko"), "Exercises.", one, two)));
        as(priya, () -> collections.update(id, 0, pathway("Priya's title", "Exercises.", two, one)));
        assertThatThrownBy(() -> as(mo, () -> collections.update(id, 0, pathway("Mo's title", "Exercises.", one))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> as(mo, () -> collections.publish(id, 0))).isInstanceOf(ConcurrentChangeException.class);
        CollectionDetails now = as(priya, () -> collections.get(id));
        assertThat(now.title()).isEqualTo("Priya's title");
        assertThat(now.steps()).extracting(Step::resourceId).containsExactly(two, one);
        assertThat(now.status()).isEqualTo(CollectionStatus.DRAFT);
        as(priya, () -> collections.publish(id, 1));
        assertThatThrownBy(() -> as(priya, () -> collections.publish(id, 2)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("hub.error.collection-already-published");
    }

    @Test
    void anArchivedResourceIsShownAsNoLongerAvailableAndMustGoBeforeRepublishing() {
        ResourceId kept = publish("Session plan " + marker("puffin"));
        ResourceId archived = publish("Old slide deck " + marker("puffin"));
        CollectionId id = as(priya, () -> {
            CollectionId created = collections.create(pathway("Running a session " + marker("puffin"), "Two steps.", kept, archived));
            collections.publish(created, 0);
            resources.archive(archived, version(archived), "Out of date");
            return created;
        });

        Step gone = as(kemi, () -> collections.get(id)).steps().get(1);
        assertThat(gone.available()).isFalse();
        assertThat(gone.title()).isEmpty();
        assertThat(gone.plainSummary()).isEmpty();
        assertThat(gone.note()).isEqualTo("Why step 2");
        assertThat(as(priya, () -> collections.get(id)).steps().get(1).title()).startsWith("Old slide deck");

        signIn(priya);
        collections.unpublish(id, 1);
        assertThatThrownBy(() -> collections.publish(id, 2)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly("hub.validation.collection-resource-unavailable"));
        assertThatThrownBy(() -> collections.update(id, 2, pathway("Running a session", "Two steps.", kept, archived)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("hub.validation.collection-resource-not-published"));
        collections.update(id, 2, pathway("Running a session", "One step now.", kept));
        collections.publish(id, 3);
        assertThat(as(kemi, () -> collections.get(id)).steps()).extracting(Step::resourceId).containsExactly(kept);
    }

    // --- helpers --------------------------------------------------------------------------------------

    private ResourceId publish(String title) {
        return HubModuleTests.published(resources, lena, priya, HubModuleTests.guide(title));
    }

    private int version(ResourceId id) {
        return as(priya, () -> resources.get(id)).version();
    }

    /** A pathway whose step n has the note "Why step n". */
    private static CollectionForm pathway(String title, String description, ResourceId... steps) {
        CollectionForm form = new CollectionForm();
        form.setTitle(title);
        form.setDescription(description);
        form.setPathway(true);
        List<CollectionForm.Item> items = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            items.add(new CollectionForm.Item(steps[i], "Why step " + (i + 1)));
        }
        form.setItems(items);
        return form;
    }

    /** 32 random lower-case letters (a–p): a UUID's hex digits with 0–9 mapped to g–p, so never too short. */
}
