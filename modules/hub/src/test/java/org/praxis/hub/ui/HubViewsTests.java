package org.praxis.hub.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.HubViews;
import org.praxis.hub.internal.ResourceForm;
import org.praxis.hub.internal.ResourceService;
import org.praxis.hub.internal.ResourceStatus;
import org.praxis.platform.PraxisUser;
import org.praxis.shell.ui.HomeView;
import praxis.testsupport.KaribuTest;
import praxis.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 * The Hub's views as people meet them: Kemi (community member) searches and reads, Lena (researcher)
 * shares a resource, Priya (programme team and moderator) reviews it, Alex (admin) keeps vocabularies
 * and imports case studies. The database is shared by the tests of this context: titles are unique.
 */
class HubViewsTests extends KaribuTest {

    static final String KEMI = "kemi@riverside.example";
    static final String LENA = "lena@liceria.example";
    static final String PRIYA = "team@praxis.example";
    static final String ADMIN = "admin@praxis.example";

    @Autowired
    ResourceService resources;

    // --- library -------------------------------------------------------------------------------------

    @Test
    void kemiNarrowsTheLibraryWithATypeFilterAndOpensAResult() {
        signInAs(KEMI);
        navigate(LibraryView.class);
        _assertOne(H1.class, spec -> spec.withText("Resource library"));
        assertThat(resultTitles()).contains("Memorandum of understanding template for community research partnerships");

        Checkbox template = facet("template");
        assertThat(template.getLabel()).startsWith("Template (");
        _setValue(template, true);
        assertThat(resultTitles()).isNotEmpty()
                .allSatisfy(title -> assertThat(title).isNotEqualTo("The partnership gym: exercises for coaches and mentors"))
                .contains("Memorandum of understanding template for community research partnerships");
        // The count is announced in a live region.
        H2 count = _get(H2.class, spec -> spec.withText(resultTitles().size() == 1 ? "1 resource found"
                : resultTitles().size() + " resources found"));
        assertThat(count.getParent().orElseThrow().getElement().getAttribute("aria-live")).isEqualTo("polite");

        navigate(_get(com.vaadin.flow.router.RouterLink.class,
                spec -> spec.withText("Memorandum of understanding template for community research partnerships")).getHref());
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(ResourceView.class);
        // The plain-language summary comes first.
        List<H2> headings = _find(H2.class);
        assertThat(headings.getFirst().getText()).isEqualTo("In short");
        _assertOne(Paragraph.class, spec -> spec.withText("A form to write down, together, who does what and how money is shared."));
    }

    @Test
    void searchTextFindsMatchesWithHighlightedSnippets() {
        signInAs(KEMI);
        navigate(LibraryView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Search the library")), "partnership gym");
        _click(_get(Button.class, spec -> spec.withText("Search")));
        assertThat(resultTitles()).first().isEqualTo("The partnership gym: exercises for coaches and mentors");
        Paragraph snippet = _find(Paragraph.class, spec -> spec.withClasses("hub-snippet")).getFirst();
        assertThat(snippet.getElement().getProperty("innerHTML")).contains("<mark>");
    }

    // --- hostile content ---------------------------------------------------------------------------

    @Test
    void scriptInTitlesAndMarkdownIsShownAsHarmlessText() {
        String title = "<script>alert('title')</script> Risk register " + UUID.randomUUID().toString().substring(0, 6);
        ResourceForm form = new ResourceForm();
        form.setType("template");
        form.setTitle(title);
        form.setPlainSummary("A risk register <img src=x onerror=alert(1)> for partnerships.");
        form.setBody("Hello <script>alert('body')</script>\n\n[click me](javascript:alert(1))\n\n<iframe src=\"https://evil.example\"></iframe>\n\n**Bold** stays.");
        ResourceId id = publishAsLena(form);

        signInAs(KEMI);
        navigate(ResourceView.class, new RouteParameters("id", id.toString()));
        _assertOne(H1.class, spec -> spec.withText(title));
        String body = _get(Html.class).getInnerHtml();
        assertThat(body).contains("<strong>Bold</strong>").doesNotContain("<script").doesNotContain("javascript:")
                .doesNotContain("<iframe").doesNotContain("onerror");
        // Text components escape: the summary is shown as the literal text.
        _assertOne(Paragraph.class, spec -> spec.withText("A risk register <img src=x onerror=alert(1)> for partnerships."));
    }

    // --- sharing and moderation ----------------------------------------------------------------------

    @Test
    void lenaSharesAResourcePriyaAsksForChangesAndLenaSeesWhy() throws IOException {
        String title = "Ethics application walkthrough " + UUID.randomUUID().toString().substring(0, 6);
        PraxisUser lena = signInAs(LENA);
        navigate(ResourceEditorView.class);
        @SuppressWarnings("unchecked")
        Select<String> type = _get(Select.class, spec -> spec.withLabel("Type of resource"));
        _setValue(type, "how-to-guide");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), title);
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        assertThat(notifications()).contains("Saved.");

        // Files: a "PDF" that is not one, and an oversized file, are refused with a clear message.
        Upload upload = _get(Upload.class);
        UploadKt._upload(upload, "ethics.pdf", "application/pdf", "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("is named as a PDF file, but its content is something else"));
        UploadKt._upload(upload, "huge.txt", "text/plain", new byte[25 * 1024 * 1024 + 1]);
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("“huge.txt” is too large. Files can be up to 25 MB"));
        UploadKt._upload(upload, "notes.txt", "text/plain", "Facilitator notes".getBytes(StandardCharsets.UTF_8));
        assertThat(notifications()).contains("“notes.txt” was added.");

        // Sending for review without a plain-language summary is fine; moderators cannot publish it yet.
        _click(_get(Button.class, spec -> spec.withText("Send for review")));
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(ResourceView.class);
        _assertOne(Span.class, spec -> spec.withText("Being reviewed"));
        ResourceId id = new ResourceId(UUID.fromString(NavigatorKt.getCurrentPath().substring("hub/resources/".length())));
        assertThat(TestUsers.as(lena, () -> resources.get(id)).files()).extracting(HubViews.FileInfo::fileName)
                .containsExactly("notes.txt");

        signInAs(PRIYA);
        navigate(ModerationView.class);
        @SuppressWarnings("unchecked")
        Grid<HubViews.ResourceSummary> queue = _get(Grid.class);
        assertThat(GridKt._findAll(queue)).extracting(HubViews.ResourceSummary::title).contains(title);
        PraxisUser priya = load(PRIYA);
        TestUsers.as(priya, () -> resources.assignReviewer(id, resources.get(id).version(), priya.personId()));
        navigate(ResourceView.class, new RouteParameters("id", id.toString()));
        // The history names the reviewer as such, not as a "comment".
        _assertOne(Paragraph.class, spec -> spec.withText("Reviewer: " + priya.displayName()));
        _assertNone(Paragraph.class, spec -> spec.withText("Comment: " + priya.displayName()));
        _assertOne(Paragraph.class, spec -> spec.withText("It cannot be published yet:"));
        _click(_get(Button.class, spec -> spec.withText("Publish")));
        assertThat(notifications()).contains(text("hub.validation.plain-summary-required"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Comment for the person who shared it")),
                "Please add a plain-language summary.");
        _click(_get(Button.class, spec -> spec.withText("Ask for changes")));
        assertThat(notifications()).contains("Sent back with your comment.");

        signInAs(LENA);
        navigate(MySubmissionsView.class);
        @SuppressWarnings("unchecked")
        Grid<HubViews.ResourceSummary> mine = _get(Grid.class);
        assertThat(GridKt._findAll(mine)).anySatisfy(r -> {
            assertThat(r.title()).isEqualTo(title);
            assertThat(r.status()).isEqualTo(ResourceStatus.CHANGES_REQUESTED);
        });
        navigate(ResourceView.class, new RouteParameters("id", id.toString()));
        _assertOne(Paragraph.class, spec -> spec.withText("Comment: Please add a plain-language summary."));
        _assertOne(Button.class, spec -> spec.withText("Revise and send back"));
    }

    @Test
    void onlyModeratorsSeeTheQueueAndOnlyAdminsTheVocabulariesAndImport() {
        signInAs(KEMI);
        navigate(HomeView.class);
        assertThatThrownBy(() -> navigate(ModerationView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(VocabularyAdminView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(ImportView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(UsageView.class)).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(ModerationView.class);

        signInAs(PRIYA);
        navigate(ModerationView.class);
        _assertOne(H1.class, spec -> spec.withText("Resources to review"));
        assertThatThrownBy(() -> navigate(ImportView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void aDraftIsNotFoundAtItsAddressForSomeoneElse() {
        PraxisUser lena = load(LENA);
        ResourceForm form = new ResourceForm();
        form.setType("playbook");
        form.setTitle("Lena's private draft " + UUID.randomUUID());
        ResourceId id = TestUsers.as(lena, () -> resources.create(form));
        signInAs(KEMI);
        navigate(ResourceView.class, new RouteParameters("id", id.toString()));
        _assertOne(H1.class, spec -> spec.withText("Resource not found"));
        _assertNone(H1.class, spec -> spec.withText(form.getTitle()));
    }

    // --- admin -----------------------------------------------------------------------------------------

    @Test
    void alexAddsAKeywordAndItBecomesAFilter() {
        signInAs(ADMIN);
        navigate(VocabularyAdminView.class);
        String label = "Citizen science " + UUID.randomUUID().toString().substring(0, 4);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Term")), label);
        _click(_get(Button.class, spec -> spec.withText("Add term")));
        assertThat(notifications()).contains("“" + label + "” was added.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Term")), label.toLowerCase());
        _click(_get(Button.class, spec -> spec.withText("Add term")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Term")).getErrorMessage())
                .isEqualTo("That term is already in this vocabulary.");
    }

    @Test
    void alexImportsTheCaseStudiesFileAfterAPreviewAndAgainCreatesNothing() throws Exception {
        signInAs(ADMIN);
        navigate(ImportView.class);
        byte[] file = caseStudies();
        UploadKt._upload(_get(Upload.class), "researcher-development-case-studies.txt", "text/plain", file);
        @SuppressWarnings("unchecked")
        Grid<org.praxis.hub.internal.ImportService.PreviewItem> preview = _get(Grid.class);
        assertThat(GridKt._size(preview)).isEqualTo(3);
        assertThat(GridKt._findAll(preview)).allSatisfy(item -> assertThat(item.unmatched()).isEmpty());

        Button confirm = _get(Button.class, spec -> spec.withText("Import the new case studies"));
        if (confirm.isEnabled()) {
            _click(confirm);
            ImportView view = _get(ImportView.class);
            waitUntil(() -> view.progressLine().startsWith("Done:"));
            assertThat(view.progressLine()).isEqualTo("Done: 3 created, 0 skipped as imported before.");
        }
        // Imported before: the preview says so and nothing can be imported again.
        UploadKt._upload(_get(Upload.class), "researcher-development-case-studies.txt", "text/plain", file);
        _assertOne(Paragraph.class, spec -> spec.withText("New: 0. Imported before (will be skipped): 3. With problems: 0."));
        assertThat(_get(Button.class, spec -> spec.withText("Import the new case studies")).isEnabled()).isFalse();
    }

    @Test
    void aMalformedFileShowsTheProblemLinesAndCannotBeImported() {
        signInAs(ADMIN);
        navigate(ImportView.class);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Or paste the text")),
                "Keywords: Training\n\nSome text about a scheme.\n\nBeneficiaries: Research staff\n");
        _click(_get(Button.class, spec -> spec.withText("Check the text")));
        @SuppressWarnings("unchecked")
        Grid<org.praxis.hub.internal.ImportService.PreviewItem> preview = _get(Grid.class);
        assertThat(GridKt._findAll(preview).getFirst().firstLine()).isEqualTo(1);
        assertThat(GridKt._findAll(preview).getFirst().outcome()).isEqualTo(org.praxis.hub.internal.ImportService.Outcome.MALFORMED);
        assertThat(_get(Button.class, spec -> spec.withText("Import the new case studies")).isEnabled()).isFalse();
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private ResourceId publishAsLena(ResourceForm form) {
        PraxisUser lena = load(LENA);
        PraxisUser priya = load(PRIYA);
        ResourceId id = TestUsers.as(lena, () -> resources.create(form));
        TestUsers.as(lena, () -> resources.submit(id, 0, ""));
        TestUsers.as(priya, () -> resources.publish(id, 1, ""));
        return id;
    }

    private static List<String> resultTitles() {
        return _find(ListItem.class, spec -> spec.withClasses("praxis-card")).stream()
                .map(item -> item.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.H3).findFirst()
                        .map(h -> ((com.vaadin.flow.router.RouterLink) h.getChildren().findFirst().orElseThrow()).getText())
                        .orElse(""))
                .toList();
    }

    private static Checkbox facet(String code) {
        return _find(Checkbox.class).stream().filter(c -> code.equals(c.getElement().getAttribute("data-value")))
                .findFirst().orElseThrow();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(condition.getAsBoolean()).as("condition met in time").isTrue();
    }

    private static byte[] caseStudies() throws IOException {
        try (var in = HubViewsTests.class.getResourceAsStream("/org/praxis/hub/researcher-development-case-studies.txt")) {
            return Objects.requireNonNull(in).readAllBytes();
        }
    }
}
