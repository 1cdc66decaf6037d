package org.praxis.reciprocation.ui;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.praxis.assessment.events.DecidedRoute;
import org.praxis.assessment.events.NeedsAssessmentCompleted;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.assessment.events.Urgency;
import org.praxis.platform.Ids;
import org.praxis.platform.Licence;
import org.praxis.platform.PraxisUser;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.ReciprocationType;
import org.praxis.reciprocation.events.Side;
import org.praxis.reciprocation.internal.AgreementService;
import org.praxis.reciprocation.internal.AgreementStatus;
import org.praxis.reciprocation.internal.AgreementViews.AgreementDetails;
import org.praxis.reciprocation.internal.AgreementViews.AgreementSummary;
import org.praxis.reciprocation.internal.AgreementViews.Item;
import org.praxis.reciprocation.internal.CompletionForm;
import org.praxis.reciprocation.internal.ItemForm;
import org.praxis.reciprocation.internal.LedgerViews.Balance;
import org.praxis.reciprocation.internal.LedgerViews.Exchange;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.shell.ui.HomeView;
import praxis.testsupport.KaribuTest;
import praxis.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * The reciprocation views as the Liceria story meets them: Priya (programme team) and Jo (Liceria's
 * lead) agree a plan and what Liceria gives back, Jo delivers her "dealing with failure" session with
 * a licence, both read the ledger; Sam (Northbridge) and Lena (a researcher) are kept out. The
 * database is shared by every test of the context, so each test works on its own agreement.
 */
class ReciprocationViewsTests extends KaribuTest {

    static final String JO = "jo@liceria.example";
    static final String SAM = "sam@northbridge.example";
    static final String PRIYA = "team@praxis.example";
    static final String LENA = "lena@liceria.example";

    @Autowired
    AgreementService agreements;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    // --- list and page ------------------------------------------------------------------------------

    @Test
    void joAddsWhatLiceriaGivesBackAndProposesTheAgreement() {
        String title = unique("Help recruiting our first postdoc cohort");
        AgreementId id = liceriaDraft(title);

        signInAs(JO);
        navigate(AgreementsView.class);
        _assertOne(H1.class, spec -> spec.withText("Agreements"));
        @SuppressWarnings("unchecked")
        Grid<AgreementSummary> list = _get(Grid.class);
        int row = GridKt._findAll(list).stream().map(AgreementSummary::title).toList().indexOf(title);
        assertThat(row).as("Jo's list shows the agreement").isNotNegative();
        RouterLinkKt._click((RouterLink) GridKt._getCellComponent(list, row, "title"));
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(AgreementView.class);
        _assertOne(H1.class, spec -> spec.withText(title));
        assertThat(statusBadge()).isEqualTo("Draft");
        assertThat(itemTitles()).containsExactly("Guidance on attracting postdocs", "Guidance on the assessment process",
                "Online Train-the-Trainer for all reviewers of applications");
        assertThat(textOf(card("Online Train-the-Trainer for all reviewers of applications")))
                .contains("Programme team").contains("8 hours").contains("To do");

        _click(_get(Button.class, spec -> spec.withText("Add something to give back")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Title")),
                "Dealing with failure: slide deck and facilitator notes");
        @SuppressWarnings("unchecked")
        Select<ReciprocationType> type = _get(dialog, Select.class, spec -> spec.withLabel("What you give back"));
        _setValue(type, ReciprocationType.NEW_MATERIALS);
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withLabel("Effort in hours")), 6);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Due date")), LocalDate.now().plusMonths(3));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save item")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("The item has been added.");
        assertThat(textOf(card("Dealing with failure: slide deck and facilitator notes")))
                .contains("New materials (slide deck, facilitator notes, a recorded Train-the-Trainer session)")
                .contains("Liceria University").contains("6 hours");

        _click(_get(Button.class, spec -> spec.withText("Propose this agreement")));
        assertThat(statusBadge()).isEqualTo("Waiting for acceptance");
        assertThat(notifications()).contains("Version 1 has been proposed to both sides.");
        _assertOne(H2.class, spec -> spec.withText("Version 1 is waiting for acceptance"));
        assertThat(TestUsers.as(load(JO), () -> agreements.get(id)).status()).isEqualTo(AgreementStatus.PROPOSED);
    }

    @Test
    void anItemWithoutTitleOrKindIsExplainedAndNothingIsSaved() {
        AgreementId id = liceriaDraft(unique("Bad item"));
        signInAs(JO);
        navigate(AgreementView.class, new RouteParameters("id", id.toString()));
        int before = agreements.get(id).reciprocation().size();

        _click(_get(Button.class, spec -> spec.withText("Add something to give back")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withLabel("Effort in hours")), 3);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save item")));

        assertThat(dialog.isOpened()).isTrue();
        Div problems = _get(dialog, Div.class, spec -> spec.withClasses("praxis-problems"));
        assertThat(_find(problems, ListItem.class)).extracting(ReciprocationViewsTests::textOf)
                .containsExactlyInAnyOrder(text("reciprocation.validation.title-required"),
                        text("reciprocation.validation.type-required"));
        TextField title = _get(dialog, TextField.class, spec -> spec.withLabel("Title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the item a title.");
        assertThat(agreements.get(id).reciprocation()).hasSize(before);
    }

    @Test
    void proposingWithNothingGivenBackIsExplainedAndNothingIsProposed() {
        AgreementId id = liceriaDraft(unique("Nothing in return yet"));
        signInAs(PRIYA);
        navigate(AgreementView.class, new RouteParameters("id", id.toString()));

        _click(_get(Button.class, spec -> spec.withText("Propose this agreement")));
        _click(_get(Button.class, spec -> spec.withText("Propose this agreement")));
        Div problems = _get(Div.class, spec -> spec.withClasses("praxis-problems"));
        assertThat(_find(problems, ListItem.class)).extracting(ReciprocationViewsTests::textOf)
                .containsExactly(text("reciprocation.validation.reciprocation-side-empty"));
        assertThat(statusBadge()).isEqualTo("Draft");
        assertThat(agreements.get(id).versions()).isEmpty();
    }

    // --- accepting ----------------------------------------------------------------------------------

    @Test
    void bothSidesAcceptWithAPlainExplanationAndTheHistoryShowsWhoAcceptedWhen() {
        AgreementId id = proposedLiceriaAgreement(unique("Cohort recruitment"));

        signInAs(PRIYA);
        navigate(AgreementView.class, new RouteParameters("id", id.toString()));
        _assertOne(Paragraph.class, spec -> spec.withText(text("reciprocation.accept.explain.PROGRAMME_TEAM",
                "Liceria University")));
        // The institution's leads, from the read model kept from identity's events.
        _assertOne(Paragraph.class, spec -> spec.withText("Who can accept for Liceria University: Jo Whitfield."));
        _click(_get(Button.class, spec -> spec.withText("Accept version 1")));
        assertThat(notifications()).contains("You accepted version 1.");
        assertThat(statusBadge()).isEqualTo("Waiting for acceptance");
        _assertOne(Paragraph.class, spec -> spec.withText("You have accepted this version. It is waiting for the other side."));
        _assertNone(Button.class, spec -> spec.withText("Accept version 1"));

        signInAs(JO);
        navigate(AgreementView.class, new RouteParameters("id", id.toString()));
        _assertOne(Paragraph.class, spec -> spec.withText(text("reciprocation.accept.explain.INSTITUTION",
                "Liceria University")));
        _click(_get(Button.class, spec -> spec.withText("Accept version 1")));
        assertThat(statusBadge()).isEqualTo("Agreed");
        assertThat(history()).singleElement().asString()
                .contains("Version 1")
                .contains("The programme team: accepted by Priya Shah")
                .contains("Liceria University: accepted by Jo Whitfield");
        // Now items can be delivered.
        assertThat(_find(Button.class, spec -> spec.withText("Deliver and share"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Mark as done"))).hasSize(3);
    }

    @Test
    void acceptingAVersionThatChangedMeanwhileIsRefusedWithAClearMessage() {
        AgreementId id = proposedLiceriaAgreement(unique("Changed while reading"));
        signInAs(JO);
        navigate(AgreementView.class, new RouteParameters("id", id.toString()));

        // Meanwhile Priya changes an item: version 1 is no longer what is on the table.
        PraxisUser priya = load(PRIYA);
        TestUsers.as(priya, () -> {
            AgreementDetails seen = agreements.get(id);
            Item item = seen.support().getFirst();
            ItemForm form = agreements.itemForm(id, item.id());
            form.setEffortHours(10);
            agreements.updateItem(id, item.id(), seen.version(), form);
        });

        _click(_get(Button.class, spec -> spec.withText("Accept version 1")));
        assertThat(notifications()).contains(text("reciprocation.error.version-not-current", 1));
        assertThat(statusBadge()).isEqualTo("Draft");
        _assertOne(Paragraph.class, spec -> spec.withText(text("reciprocation.status-explained.DRAFT")));
        assertThat(agreements.get(id).versions().getFirst().leadAcceptedAt()).isNull();
    }

    // --- refusals -----------------------------------------------------------------------------------

    @Test
    void samFindsNothingAtLiceriasAgreementAndCannotAcceptIt() {
        String title = unique("Liceria only");
        AgreementId id = proposedLiceriaAgreement(title);

        signInAs(SAM);
        navigate(AgreementsView.class);
        for (Grid<?> list : _find(Grid.class)) {
            assertThat(GridKt._findAll(list)).map(row -> ((AgreementSummary) row).title()).doesNotContain(title);
        }
        navigate("agreements/" + id);
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(AgreementView.class);
        _assertOne(H1.class, spec -> spec.withText("Agreement not found"));
        _assertNone(H1.class, spec -> spec.withText(title));
        _assertNone(Button.class, spec -> spec.withText("Accept version 1"));
    }

    @Test
    void aResearcherIsNotShownAnyReciprocationView() {
        signInAs(LENA);
        navigate(HomeView.class);
        for (Class<? extends Component> view : List.of(AgreementsView.class, LedgerView.class, CommunityView.class,
                ExchangesView.class)) {
            assertThatThrownBy(() -> navigate(view)).isInstanceOf(MockAccessDeniedException.class);
        }
        assertThatThrownBy(() -> navigate("agreements/" + UUID.randomUUID())).isInstanceOf(MockAccessDeniedException.class);
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(HomeView.class);
    }

    // --- delivering ---------------------------------------------------------------------------------

    @Test
    void joDeliversHerSessionWithAFileAndALicenceAndTheEvidenceCanBeDownloaded() {
        String title = unique("Deliver the failure session");
        AgreementId id = agreedLiceriaAgreement(title);

        signInAs(JO);
        navigate(AgreementView.class, new RouteParameters("id", id.toString()));
        _click(_get(card("Dealing with failure: slide deck and facilitator notes"), Button.class,
                spec -> spec.withText("Deliver and share")));
        Dialog dialog = _get(Dialog.class);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Licence> licence = _get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("Licence"));
        assertThat(licence.getValue()).as("CC BY 4.0 is suggested").isEqualTo(Licence.CC_BY_4_0);
        _assertOne(dialog, Paragraph.class, spec -> spec.withText(text("platform.licence-explained.CC_BY_4_0")));
        _setValue(licence, Licence.CC_BY_SA_4_0);
        _assertOne(dialog, Paragraph.class, spec -> spec.withText(text("platform.licence-explained.CC_BY_SA_4_0")));
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Credit as")).getValue())
                .isEqualTo("Jo Whitfield, Liceria University");

        Upload upload = _get(dialog, Upload.class);
        UploadKt._upload(upload, "empty.pptx", "application/octet-stream", new byte[0]);
        assertThat(notifications()).contains(text("reciprocation.validation.file-empty", "empty.pptx"));
        byte[] notes = "Facilitator notes: dealing with failure.".getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(upload, "facilitator-notes.txt", "text/plain", notes);
        assertThat(_find(dialog, ListItem.class)).extracting(ReciprocationViewsTests::textOf)
                .anyMatch(line -> line.contains("facilitator-notes.txt")).noneMatch(line -> line.contains("empty.pptx"));
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Link title")), "Recorded session");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Web address")),
                "https://video.liceria.example/failure");
        _click(_get(dialog, Button.class, spec -> spec.withText("Add link")));
        _click(_get(dialog, Button.class, spec -> spec.withText("Deliver and share")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains(text("reciprocation.complete.delivered"));
        Div delivered = card("Dealing with failure: slide deck and facilitator notes");
        assertThat(textOf(delivered)).contains("Done").contains("Done by Jo Whitfield")
                .contains("Shared under " + text("platform.licence.CC_BY_SA_4_0"))
                .contains("Credit: Jo Whitfield, Liceria University");
        _assertNone(delivered, Button.class, spec -> spec.withText("Deliver and share"));
        Anchor file = _get(delivered, Anchor.class, spec -> spec.withText("facilitator-notes.txt (1 KB)"));
        assertThat(DownloadKt._download(file)).isEqualTo(notes);
        Anchor link = _get(delivered, Anchor.class, spec -> spec.withText("Recorded session"));
        assertThat(link.getHref()).isEqualTo("https://video.liceria.example/failure");
    }

    @Test
    void markingDoneWithoutEvidenceIsExplainedAndNothingChanges() {
        AgreementId id = agreedLiceriaAgreement(unique("No evidence"));
        signInAs(PRIYA);
        navigate(AgreementView.class, new RouteParameters("id", id.toString()));
        _click(_get(card("Guidance on attracting postdocs"), Button.class, spec -> spec.withText("Mark as done")));
        Dialog dialog = _get(Dialog.class);
        _assertNone(dialog, RadioButtonGroup.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Mark as done")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(textOf(_get(dialog, Div.class, spec -> spec.withClasses("praxis-problems"))))
                .contains(text("reciprocation.validation.evidence-required"));
        assertThat(agreements.get(id).support().getFirst().done()).isFalse();
    }

    // --- ledger and community -------------------------------------------------------------------------

    @Test
    void theStatementShowsTheBalanceAndDownloadsAsCsv() {
        String title = unique("Ledger story");
        AgreementId id = agreedLiceriaAgreement(title);
        deliverAll(id);

        signInAs(PRIYA);
        navigate(LedgerView.class);
        @SuppressWarnings("unchecked")
        Grid<Balance> balances = _get(Grid.class);
        assertThat(GridKt._findAll(balances)).extracting(Balance::organisationName).contains("Liceria University");
        navigate(StatementView.class, new RouteParameters("organisation", load(JO).organisationId().toString()));
        _assertOne(H1.class, spec -> spec.withText("Statement: Liceria University"));

        String csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withClasses("praxis-download"))),
                StandardCharsets.UTF_8);
        List<String> rows = csv.lines().toList();
        assertThat(rows.getFirst()).isEqualTo("Institution,Agreement,Direction,Kind,Item,Hours,Status,Due date,Done on");
        assertThat(rows).filteredOn(row -> row.contains(title)).hasSize(4)
                .anySatisfy(row -> assertThat(row).contains(
                        "Support received,Train-the-Trainer session,Online Train-the-Trainer for all reviewers of applications,8,Done"))
                .anySatisfy(row -> assertThat(row).contains("Given back,")
                        .contains("Dealing with failure: slide deck and facilitator notes,6,Done"));

        // Jo goes straight to Liceria's statement, and finds nothing at Northbridge's.
        signInAs(JO);
        navigate(LedgerView.class);
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(StatementView.class);
        _assertOne(H1.class, spec -> spec.withText("Statement: Liceria University"));
        navigate(StatementView.class, new RouteParameters("organisation", load(SAM).organisationId().toString()));
        _assertOne(H1.class, spec -> spec.withText("Statement not found"));
    }

    @Test
    void theCommunityPagesShowMembersAndWhoHelpedWhom() {
        String title = unique("Community story");
        AgreementId id = agreedLiceriaAgreement(title);
        deliverAll(id);

        signInAs(SAM);
        navigate(CommunityView.class);
        _assertOne(H2.class, spec -> spec.withText("Liceria University"));
        assertThat(_find(ListItem.class)).extracting(ReciprocationViewsTests::textOf)
                .anyMatch(line -> line.startsWith("Dealing with failure: slide deck and facilitator notes – New materials"));

        navigate(ExchangesView.class);
        Image picture = _get(Image.class, spec -> spec.withClasses("praxis-network"));
        assertThat(picture.getSrc()).startsWith("data:image/svg+xml;base64,");
        String svg = new String(java.util.Base64.getDecoder().decode(picture.getSrc().substring(
                "data:image/svg+xml;base64,".length())), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg").contains("Liceria University").contains("Programme team")
                .contains("The whole community");
        assertThat(picture.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("table below"));
        @SuppressWarnings("unchecked")
        Grid<Exchange> table = _get(Grid.class);
        assertThat(GridKt._findAll(table)).anySatisfy(exchange -> {
            assertThat(exchange.to().name()).isEqualTo("Liceria University");
            assertThat(exchange.hours()).isGreaterThanOrEqualTo(18);
        });
    }

    @Test
    void theDashboardShowsAgreementsToAcceptAndItemsDueSoon() {
        String waiting = unique("Waiting for Priya");
        proposedLiceriaAgreement(waiting);
        String due = unique("Due soon");
        AgreementId dueSoon = agreedLiceriaAgreement(due);
        TestUsers.as(load(JO), () -> {
            // Move the recording forward so it is due in three days: a change both sides accept again.
            AgreementDetails agreed = agreements.get(dueSoon);
            Item recording = agreed.reciprocation().getFirst();
            ItemForm form = agreements.itemForm(dueSoon, recording.id());
            form.setDueDate(LocalDate.now().plusDays(3));
            agreements.updateItem(dueSoon, recording.id(), agreed.version(), form);
            agreements.propose(dueSoon, agreements.get(dueSoon).version());
            agreements.accept(dueSoon, 2);
        });
        TestUsers.as(load(PRIYA), () -> agreements.accept(dueSoon, 2));

        signInAs(PRIYA);
        navigate(HomeView.class);
        assertThat(textOf(dashboardCard("Agreements waiting for you to accept"))).contains(waiting);
        assertThat(textOf(dashboardCard("Items due soon")))
                .contains("Dealing with failure: slide deck and facilitator notes – Liceria University, due");

        signInAs(JO);
        navigate(HomeView.class);
        assertThat(textOf(dashboardCard("Agreements waiting for you to accept"))).contains(waiting);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Publishes a completed assessment for Liceria (as the assessment module would) and waits for the draft. */
    private AgreementId liceriaDraft(String requestTitle) {
        PraxisUser jo = load(JO);
        PraxisUser priya = load(PRIYA);
        LocalDate start = LocalDate.now().plusMonths(2);
        NeedsAssessmentCompleted assessment = new NeedsAssessmentCompleted(UUID.randomUUID(),
                new SupportRequestId(Ids.newId()), jo.organisationId(), "Liceria University", requestTitle,
                priya.personId(), Urgency.HIGH, "An experienced facilitator, Jo.", "No admin support; little time.",
                List.of(new DecidedRoute(SupportRoute.TAILORED_GUIDANCE, "Guidance on attracting postdocs", "", 6, null, null),
                        new DecidedRoute(SupportRoute.TAILORED_GUIDANCE, "Guidance on the assessment process", "", 4, null, null),
                        new DecidedRoute(SupportRoute.TRAIN_THE_TRAINER,
                                "Online Train-the-Trainer for all reviewers of applications", "", 8, null, null)),
                18, "Tight timeline.", start, Instant.now());
        transactions.executeWithoutResult(status -> events.publishEvent(assessment));
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TestUsers.as(priya,
                        () -> agreements.agreements().stream().filter(a -> a.title().equals(requestTitle)
                                && a.itemsTotal() == 3).map(AgreementSummary::id).findFirst()),
                java.util.Optional::isPresent).orElseThrow();
    }

    private AgreementId proposedLiceriaAgreement(String title) {
        AgreementId id = liceriaDraft(title);
        TestUsers.as(load(JO), () -> {
            ItemForm form = new ItemForm();
            form.setTitle("Dealing with failure: slide deck and facilitator notes");
            form.setType(ReciprocationType.NEW_MATERIALS);
            form.setEffortHours(6);
            form.setDueDate(LocalDate.now().plusMonths(3));
            agreements.addItem(id, agreements.get(id).version(), Side.RECIPROCATION, form);
            agreements.propose(id, agreements.get(id).version());
        });
        return id;
    }

    private AgreementId agreedLiceriaAgreement(String title) {
        AgreementId id = proposedLiceriaAgreement(title);
        TestUsers.as(load(PRIYA), () -> agreements.accept(id, 1));
        TestUsers.as(load(JO), () -> agreements.accept(id, 1));
        return id;
    }

    private void deliverAll(AgreementId id) {
        PraxisUser priya = load(PRIYA);
        PraxisUser jo = load(JO);
        for (Item item : TestUsers.as(priya, () -> agreements.get(id)).items()) {
            CompletionForm form = new CompletionForm();
            if (item.side() == Side.SUPPORT) {
                form.setNote("Delivered.");
                TestUsers.as(priya, () -> agreements.complete(id, item.id(), form));
            } else {
                form.setLinks(List.of(new CompletionForm.LinkForm("Slides", "https://files.liceria.example/slides")));
                form.setAttribution("Jo Whitfield, Liceria University");
                TestUsers.as(jo, () -> agreements.complete(id, item.id(), form));
            }
        }
    }

    private static String statusBadge() {
        return _get(Span.class, spec -> spec.withClasses("praxis-status")
                .withPredicate(span -> span.getParent().filter(p -> !(p instanceof Div)).isPresent()
                        && span.getParent().flatMap(Component::getParent).filter(p -> p instanceof AgreementView).isPresent()))
                .getText();
    }

    private static List<String> itemTitles() {
        return _find(Div.class, spec -> spec.withClasses("praxis-item")).stream()
                .map(card -> _get(card, H3.class).getText()).toList();
    }

    private static Div card(String itemTitle) {
        return _get(Div.class, spec -> spec.withClasses("praxis-item")
                .withPredicate(c -> _find(c, H3.class, h -> h.withText(itemTitle)).size() == 1));
    }

    private static Div dashboardCard(String title) {
        return _get(Div.class, spec -> spec.withClasses("praxis-card")
                .withPredicate(c -> _find(c, H2.class, h -> h.withText(title)).size() == 1));
    }

    private static List<String> history() {
        OrderedList timeline = _get(OrderedList.class, spec -> spec.withClasses("praxis-timeline"));
        return _find(timeline, ListItem.class).stream().filter(li -> li.getParent().orElse(null) == timeline)
                .map(ReciprocationViewsTests::textOf).toList();
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }
}
