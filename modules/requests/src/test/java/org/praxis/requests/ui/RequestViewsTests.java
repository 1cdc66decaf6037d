package org.praxis.requests.ui;

import com.github.mvysny.kaributesting.v10.CheckboxGroupKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.praxis.identity.ui.LoginView;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.internal.RequestStatus;
import org.praxis.requests.internal.RequestViews.RequestSummary;
import org.praxis.requests.internal.SupportRequestForm;
import org.praxis.requests.internal.SupportRequestService;
import org.praxis.shell.ui.HomeView;
import praxis.testsupport.KaribuTest;
import praxis.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
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
 * The request views as their users meet them: Jo (Liceria's institution lead) writes, submits and
 * withdraws requests; Priya (programme team) reviews the queue; others are kept out.
 * The database is shared by all tests of the context, so every test uses its own request titles.
 */
class RequestViewsTests extends KaribuTest {

    static final String JO = "jo@liceria.example";
    static final String SAM = "sam@northbridge.example";
    static final String PRIYA = "team@praxis.example";
    static final String LENA = "lena@liceria.example";

    @Autowired
    SupportRequestService requests;

    // --- writing and submitting ---------------------------------------------------------------------

    @Test
    void joWritesAndSubmitsARequestAndSeesItsStatusAndHistory() {
        signInAs(JO);
        navigate(MyRequestsView.class);
        _click(_get(Button.class, spec -> spec.withText("New support request")));
        _assertOne(RequestEditorView.class);

        // The contact is prefilled with the signed-in lead.
        assertThat(field(TextField.class, "Contact name").getValue()).isEqualTo("Jo Whitfield");
        assertThat(field(EmailField.class, "Contact email").getValue()).isEqualTo(JO);

        String title = unique("Run our first postdoc cohort");
        fillInCompleteRequest(title, LocalDate.now().plusDays(30));
        _click(_get(Button.class, spec -> spec.withText("Submit request")));

        // Lands on the request's own page: title, status and the history so far.
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(RequestDetailView.class);
        _assertOne(H1.class, spec -> spec.withText(title));
        assertThat(statusBadge()).isEqualTo("Submitted");
        assertThat(history()).hasSize(2);
        assertThat(history().get(0)).endsWith("Draft started");
        assertThat(history().get(1)).endsWith("Submitted to the programme team");
        assertThat(notifications()).contains("Your request has been sent to the programme team.");

        // The service agrees, and kept what was filled in.
        SupportRequestId id = SupportRequestId.of(NavigatorKt.getCurrentPath().substring("requests/".length()));
        var saved = requests.get(id);
        assertThat(saved.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(saved.content().getMode()).isEqualTo(DeliveryMode.RUN_COHORT);
        assertThat(saved.content().getLacks()).containsExactlyInAnyOrder(Need.TIME, Need.FUNDING);
        assertThat(saved.content().getTimelineStart()).isEqualTo(LocalDate.now().plusDays(30));
        assertThat(saved.content().getContactEmail()).isEqualTo(JO);
    }

    @Test
    void aStartDateInThePastIsExplainedInPlainWordsAndNothingIsSubmitted() {
        signInAs(JO);
        navigate(RequestEditorView.class);
        int before = requests.myOrganisationRequests().size();

        String title = unique("Started last week");
        fillInCompleteRequest(title, LocalDate.now().minusDays(7));
        _click(_get(Button.class, spec -> spec.withText("Submit request")));

        // Still on the form; the date field itself says what is wrong, in plain words.
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(RequestEditorView.class);
        DatePicker start = _get(DatePicker.class, spec -> spec.withLabel(text("requests.field.start")));
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).isEqualTo(text("requests.validation.start-in-past"))
                .startsWith("The start date is in the past");

        // Nothing was saved, let alone submitted.
        assertThat(requests.myOrganisationRequests()).hasSize(before)
                .extracting(RequestSummary::title).doesNotContain(title);
    }

    @Test
    void submittingWithOnlyATitleListsEverythingMissingAndSavesNothing() {
        signInAs(JO);
        navigate(RequestEditorView.class);
        int before = requests.myOrganisationRequests().size();

        String title = unique("Just an idea");
        _setValue(field(TextField.class, "Short title"), title);
        _click(_get(Button.class, spec -> spec.withText("Submit request")));

        assertThat(problemTexts(problemsBox())).containsExactly(
                text("requests.validation.mode-required"),
                text("requests.validation.needs-required"),
                text("requests.validation.start-required"));
        assertThat(requests.myOrganisationRequests()).hasSize(before);

        // The GOV.UK error summary: each message links to its field, and the field says the same.
        RadioButtonGroup<?> mode = field(RadioButtonGroup.class, "What do you want to do?");
        Anchor modeLink = _find(problemsBox(), Anchor.class).getFirst();
        assertThat(modeLink.getHref()).isEqualTo("#" + mode.getId().orElseThrow());
        assertThat(modeLink.getElement().getAttribute("data-field")).isEqualTo(mode.getId().orElseThrow());
        assertThat(mode.isInvalid()).isTrue();
        assertThat(mode.getErrorMessage()).isEqualTo(text("requests.validation.mode-required"));
        assertThat(problemsBox().getElement().getAttribute("tabindex")).isEqualTo("-1");

        // Once fixed, the field no longer says it is wrong.
        RadioButtonsKt.selectByLabel(mode, "Run a cohort");
        _click(_get(Button.class, spec -> spec.withText("Submit request")));
        assertThat(problemTexts(problemsBox())).doesNotContain(text("requests.validation.mode-required"));
        assertThat(mode.isInvalid()).isFalse();
    }

    @Test
    void savingADraftNeedsOnlyATitleAndTheDraftIsListed() {
        signInAs(JO);
        navigate(RequestEditorView.class);

        String title = unique("Draft: mentoring scheme");
        _setValue(field(TextField.class, "Short title"), title);
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        assertThat(notifications()).contains("Your draft is saved.");
        _assertNone(Div.class, spec -> spec.withClasses("praxis-problems")); // no problems shown

        navigate(MyRequestsView.class);
        RequestSummary draft = GridKt._findAll(requestGrid()).stream()
                .filter(r -> r.title().equals(title)).findFirst().orElseThrow();
        assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(draft.mode()).isNull();
    }

    // --- the programme team's queue ---------------------------------------------------------------

    @Test
    void priyaSeesJosSubmittedRequestInTheQueueAndCanFilterIt() {
        String title = unique("Embed the model in our doctoral school");
        SupportRequestId id = submittedByJo(title);

        signInAs(PRIYA);
        navigate(RequestQueueView.class);
        Grid<RequestSummary> grid = requestGrid();
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(1);
        assertThat(GridKt._findAll(grid)).extracting(RequestSummary::id).contains(id);

        // Searching by the title finds exactly that request ...
        _setValue(field(TextField.class, "Search"), title);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(id);

        // ... and a search matching nothing empties the grid.
        _setValue(field(TextField.class, "Search"), "no request is called this " + UUID.randomUUID());
        assertThat(GridKt._size(grid)).isZero();
    }

    // --- refusals ----------------------------------------------------------------------------------

    /**
     * Vaadin's access control reroutes a signed-in person to the AccessDeniedException error view
     * (dev mode). Karibu's stand-in for that view throws MockAccessDeniedException out of navigate(),
     * and the UI stays on the view shown before.
     */
    @Test
    void aResearcherIsNotShownTheQueue() {
        signInAs(LENA);
        navigate(HomeView.class);

        assertThatThrownBy(() -> navigate(RequestQueueView.class))
                .isInstanceOf(MockAccessDeniedException.class)
                .hasMessageContaining("Access is denied");
        _assertNone(RequestQueueView.class);
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(HomeView.class);
    }

    @Test
    void someoneNotSignedInIsSentToTheLoginPage() {
        navigate(RequestQueueView.class);

        _assertNone(RequestQueueView.class);
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(LoginView.class);
    }

    @Test
    void anotherInstitutionsLeadFindsNothingAtJosRequestAddress() {
        String title = unique("Liceria only: promote to managers");
        SupportRequestId id = submittedByJo(title);

        signInAs(SAM);
        navigate("requests/" + id);

        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(RequestDetailView.class);
        _assertOne(H1.class, spec -> spec.withText("Request not found"));
        _assertNone(H1.class, spec -> spec.withText(title));
        _assertNone(Span.class, spec -> spec.withClasses("praxis-status"));
        _assertNone(Button.class, spec -> spec.withText("Withdraw request"));
    }

    // --- withdrawing -----------------------------------------------------------------------------

    @Test
    void joWithdrawsASubmittedRequestGivingAReason() {
        SupportRequestId id = submittedByJo(unique("Funding found elsewhere"));
        signInAs(JO);
        navigate(RequestDetailView.class, new RouteParameters("id", id.toString()));
        assertThat(statusBadge()).isEqualTo("Submitted");

        _click(_get(Button.class, spec -> spec.withText("Withdraw request")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Why are you withdrawing it?")),
                "  We found funding elsewhere.  ");
        _click(_get(dialog, Button.class, spec -> spec.withText("Withdraw")));

        // The dialog closes and the page shows the new status and the reason in the history.
        assertThat(dialog.isOpened()).isFalse();
        assertThat(statusBadge()).isEqualTo("Withdrawn");
        assertThat(history()).last().asString()
                .contains("Withdrawn").contains("Reason: We found funding elsewhere.");
        _assertNone(Button.class, spec -> spec.withText("Withdraw request"));
        assertThat(notifications()).contains("The request has been withdrawn.");
        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void withdrawingWithoutAReasonIsRefusedOnTheReasonField() {
        SupportRequestId id = submittedByJo(unique("Still wanted"));
        signInAs(JO);
        navigate(RequestDetailView.class, new RouteParameters("id", id.toString()));

        _click(_get(Button.class, spec -> spec.withText("Withdraw request")));
        Dialog dialog = _get(Dialog.class);
        TextArea reason = _get(dialog, TextArea.class, spec -> spec.withLabel("Why are you withdrawing it?"));
        _setValue(reason, "   ");
        _click(_get(dialog, Button.class, spec -> spec.withText("Withdraw")));

        // The dialog stays open with the message on the field; nothing changed.
        assertThat(dialog.isOpened()).isTrue();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(text("requests.validation.withdraw-reason-required"));
        assertThat(statusBadge()).isEqualTo("Submitted");
        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(requests.get(id).history()).hasSize(2);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Fills in everything a submission needs; the contact is left as prefilled. */
    @SuppressWarnings("unchecked")
    private static void fillInCompleteRequest(String title, LocalDate start) {
        _setValue(field(TextField.class, "Short title"), title);
        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "What do you want to do?"), "Run a cohort");
        CheckboxGroupKt.selectByLabel(field(CheckboxGroup.class, "What do you lack?"), "Time", "Funding");
        _setValue(field(TextArea.class, "Tell us more"), "We have keen postdocs but nobody to run sessions.");
        _setValue(field(DatePicker.class, "When do you want to start?"), start);
    }

    private static <T extends Component> T field(Class<T> type, String label) {
        return _get(type, spec -> spec.withLabel(label));
    }

    /** The editor's problems box; Karibu finds it only while it is shown. */
    private static Div problemsBox() {
        return _get(Div.class, spec -> spec.withClasses("praxis-problems"));
    }

    private static List<String> problemTexts(Div problems) {
        return _find(problems, ListItem.class).stream().map(RequestViewsTests::textOf).toList();
    }

    private static String statusBadge() {
        return _get(Span.class, spec -> spec.withClasses("praxis-status")).getText();
    }

    private static List<String> history() {
        OrderedList timeline = _get(OrderedList.class, spec -> spec.withClasses("praxis-timeline"));
        return _find(timeline, ListItem.class).stream().map(RequestViewsTests::textOf).toList();
    }

    /** All the text inside a component, its children's included. */
    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<RequestSummary> requestGrid() {
        return _get(Grid.class);
    }

    /** A complete request Jo wrote and submitted through the service. */
    private SupportRequestId submittedByJo(String title) {
        return TestUsers.as(load(JO), () -> {
            SupportRequestForm form = new SupportRequestForm();
            form.setTitle(title);
            form.setMode(DeliveryMode.PROMOTE_TO_MANAGERS);
            form.setLacks(Set.of(Need.KNOWLEDGE));
            form.setContext("We would like managers of researchers to know the programme.");
            form.setTimelineStart(LocalDate.now().plusDays(60));
            form.setContactName("Jo Whitfield");
            form.setContactEmail(JO);
            SupportRequestId id = requests.createDraft(form);
            requests.submit(id, 0);
            return id;
        });
    }
}
