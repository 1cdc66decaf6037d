package org.praxis.hub.ui;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.praxis.hub.events.CollectionId;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.CollectionForm;
import org.praxis.hub.internal.CollectionService;
import org.praxis.hub.internal.CollectionViews.CollectionDetails;
import org.praxis.hub.internal.CollectionViews.Step;
import org.praxis.hub.internal.HubViews.ResourceRef;
import org.praxis.hub.internal.ResourceForm;
import org.praxis.hub.internal.ResourceService;
import org.praxis.platform.PraxisUser;
import praxis.testsupport.KaribuTest;
import praxis.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Collections and pathways as people meet them: Kemi (community member) follows the demo pathway; Priya
 * (programme team and moderator) reorders a pathway with the keyboard-usable buttons and publishes it.
 * Titles are unique: the database is shared.
 */
class HubCollectionsViewsTests extends KaribuTest {

    static final String KEMI = "kemi@riverside.example";
    static final String LENA = "lena@liceria.example";
    static final String PRIYA = "team@praxis.example";
    static final String DEMO_PATHWAY = "Starting a community research partnership in three steps";

    @Autowired
    ResourceService resources;

    @Autowired
    CollectionService collections;

    // --- collections -----------------------------------------------------------------------------------

    @Test
    void kemiFollowsTheDemoPathwayStepByStepAndSeesWhereAResourceBelongs() {
        signInAs(KEMI);
        navigate(CollectionsView.class);
        _assertOne(H1.class, spec -> spec.withText("Collections and pathways"));
        _assertNone(Button.class, spec -> spec.withText("New collection"));
        navigate(_get(RouterLink.class, spec -> spec.withText(DEMO_PATHWAY)).getHref());

        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(CollectionView.class);
        _assertOne(H1.class, spec -> spec.withText(DEMO_PATHWAY));
        _assertOne(H2.class, spec -> spec.withText("The steps"));
        List<String> steps = _find(H3.class).stream().map(HubCollectionsViewsTests::text).toList();
        assertThat(steps).containsExactly(
                "Step 1 of 3: Getting started with community research partnerships",
                "Step 2 of 3: Memorandum of understanding template for community research partnerships",
                "Step 3 of 3: The partnership gym: exercises for coaches and mentors");
        _assertOne(Paragraph.class, spec -> spec.withText(
                "Why this step: Start here: why partners work together, and the first things to do."));
        _assertOne(Paragraph.class, spec -> spec.withText(
                "A form to write down, together, who does what and how money is shared."));
        _assertNone(H2.class, spec -> spec.withText("Look after this collection"));

        // The resource page names the pathway and the step.
        navigate(_get(RouterLink.class, spec -> spec.withText(
                "Memorandum of understanding template for community research partnerships")).getHref());
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(ResourceView.class);
        ListItem partOf = _find(ListItem.class).stream()
                .filter(item -> text(item).equals("Part of: " + DEMO_PATHWAY + ", step 2 of 3")).findFirst().orElseThrow();
        assertThat(partOf.getParent().orElseThrow().getClassNames()).contains("hub-part-of");
        assertThat(_get(partOf, RouterLink.class, spec -> spec.withText(DEMO_PATHWAY)).getHref()).startsWith("hub/collections/");

        // Curating is for moderators and the programme team.
        assertThatThrownBy(() -> navigate(CollectionEditorView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void aStepWhoseResourceWasArchivedSaysItIsNoLongerAvailable() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        ResourceId kept = publishAsLena("Planning the first meeting " + marker);
        ResourceId archived = publishAsLena("Withdrawn worksheet " + marker);
        PraxisUser priya = load(PRIYA);
        CollectionId id = TestUsers.as(priya, () -> {
            CollectionId created = collections.create(pathway("First meetings " + marker, kept, archived));
            collections.publish(created, 0);
            resources.archive(archived, resources.get(archived).version(), "Out of date");
            return created;
        });

        signInAs(KEMI);
        navigate(CollectionView.class, new RouteParameters("id", id.toString()));
        assertThat(_find(H3.class).stream().map(HubCollectionsViewsTests::text).toList())
                .containsExactly("Step 1 of 2: Planning the first meeting " + marker, "Step 2 of 2: no longer available");
        _assertOne(Paragraph.class, spec -> spec.withText("This resource has been taken out of the library."));
        _assertNone(RouterLink.class, spec -> spec.withText("Withdrawn worksheet " + marker));
    }

    @Test
    void priyaReordersAPathwayWithMoveButtonsThatNameTheResource() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String a = "Alpha step " + marker;
        String b = "Bravo step " + marker;
        String c = "Charlie step " + marker;
        CollectionForm form = pathway("Three steps " + marker, publishAsLena(a), publishAsLena(b), publishAsLena(c));
        PraxisUser priya = signInAs(PRIYA);
        CollectionId id = collections.create(form);

        navigate(CollectionEditorView.class, new RouteParameters("id", id.toString()));
        CollectionEditorView editor = _get(CollectionEditorView.class);
        assertThat(editor.titles()).containsExactly(a, b, c);
        Button upC = rowButton("Move up", c);
        // The accessible name starts with the visible text and says which resource moves.
        assertThat(upC.getText()).isEqualTo("Move up");
        assertThat(upC.getElement().getAttribute("aria-label")).isEqualTo("Move up: " + c);
        assertThat(rowButton("Move up", a).isEnabled()).isFalse();
        assertThat(rowButton("Move down", c).isEnabled()).isFalse();

        _click(upC);
        assertThat(editor.titles()).containsExactly(a, c, b);
        _assertOne(Span.class, spec -> spec.withText("“" + c + "” is now number 2 of 3."));
        _click(rowButton("Move down", a));
        assertThat(editor.titles()).containsExactly(c, a, b);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Why “" + c + "” is here (optional)")), "Start with this one.");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(CollectionView.class);
        CollectionDetails saved = TestUsers.as(priya, () -> collections.get(id));
        assertThat(saved.steps()).extracting(Step::title).containsExactly(c, a, b);
        assertThat(saved.steps().getFirst().note()).isEqualTo("Start with this one.");
        assertThat(saved.version()).isEqualTo(1);

        // Publish from the collection page.
        _click(_get(Button.class, spec -> spec.withText("Publish the collection")));
        assertThat(notifications()).contains("The collection is published.");
        _assertOne(Button.class, spec -> spec.withText("Take the collection down"));
    }

    @Test
    void theEditorListsEveryProblemAndSavesNothing() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        signInAs(PRIYA);
        navigate(CollectionEditorView.class);
        _assertOne(H1.class, spec -> spec.withText("New collection"));
        int before = collections.list().size();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), " ");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        Div problems = _get(Div.class, spec -> spec.withClasses("praxis-problems"));
        // The error summary takes the focus (announced by screen readers) and is named by its heading.
        assertThat(problems.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(problems.getElement().getAttribute("aria-labelledby")).isNotBlank();
        _assertOne(ListItem.class, spec -> spec.withText("Give the collection a title."));
        assertThat(collections.list()).hasSize(before);

        // Adding the same resource twice is refused at once.
        ResourceId id = publishAsLena("Only once " + marker);
        signInAs(PRIYA);
        navigate(CollectionEditorView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ResourceRef> picker = _get(ComboBox.class, spec -> spec.withLabel("Add a published resource"));
        ResourceRef ref = resources.describe(id).orElseThrow();
        _setValue(picker, ref);
        _click(_get(Button.class, spec -> spec.withText("Add to the collection")));
        _setValue(picker, ref);
        _click(_get(Button.class, spec -> spec.withText("Add to the collection")));
        assertThat(notifications()).contains("That resource is already in the collection.");
        assertThat(_get(CollectionEditorView.class).titles()).containsExactly("Only once " + marker);
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private ResourceId publishAsLena(String title) {
        ResourceForm form = new ResourceForm();
        form.setType("how-to-guide");
        form.setTitle(title);
        form.setPlainSummary("A plain summary of " + title + ".");
        PraxisUser lena = load(LENA);
        PraxisUser priya = load(PRIYA);
        ResourceId id = TestUsers.as(lena, () -> resources.create(form));
        TestUsers.as(lena, () -> resources.submit(id, 0, ""));
        TestUsers.as(priya, () -> resources.publish(id, 1, ""));
        return id;
    }

    private static CollectionForm pathway(String title, ResourceId... steps) {
        CollectionForm form = new CollectionForm();
        form.setTitle(title);
        form.setDescription("Steps for a test.");
        form.setPathway(true);
        List<CollectionForm.Item> items = new ArrayList<>();
        for (ResourceId step : steps) {
            items.add(new CollectionForm.Item(step, ""));
        }
        form.setItems(items);
        return form;
    }

    private static Button rowButton(String text, String title) {
        return _find(Button.class, spec -> spec.withText(text)).stream()
                .filter(b -> (text + ": " + title).equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
    }

    /** The text a person reads in a component, children included. */
    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
