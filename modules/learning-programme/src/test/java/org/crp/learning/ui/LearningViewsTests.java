package org.crp.learning.ui;

import praxis.testsupport.MutableClock;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.crp.learning.events.ApplicationId;
import org.crp.learning.events.ParticipantKind;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.events.SessionId;
import org.crp.learning.internal.ApplicationStatus;
import org.crp.learning.internal.LearningFixtures;
import org.crp.learning.internal.LearningLogService;
import org.crp.learning.internal.LearningViews.KnownPerson;
import org.crp.learning.internal.ProgrammeService;
import org.crp.learning.internal.SelectionDecision;
import org.crp.learning.internal.SessionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.platform.PraxisUser;
import org.praxis.shell.ui.HomeView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import praxis.testsupport.KaribuTest;

import java.math.BigDecimal;
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
import static org.awaitility.Awaitility.await;
import static praxis.testsupport.TestUsers.as;

/**
 * The learning programme's views as the demo people meet them: Kemi (community member) reads the Core
 * Principles, applies, registers, reflects and finds her certificate; Priya (programme team) decides and
 * records attendance; Lena, outside the run, finds nothing. Every test makes its own programme run, as the
 * database is shared by the tests of the context.
 */
@Import(MutableClock.Configuration.class)
class LearningViewsTests extends KaribuTest {

    static final String PRIYA = "team@praxis.example";
    static final String KEMI = "kemi@riverside.example";
    static final String LENA = "lena@liceria.example";

    @Autowired
    ProgrammeService programme;

    @Autowired
    SessionService sessions;

    @Autowired
    LearningLogService log;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void tenDaysBeforeTheFirstSession() {
        clock.set(MutableClock.Configuration.START);
    }

    /**
     * Identity's demo people reach this module through identity's events, handled just after start-up; nobody
     * signs in for it. Sessions here are led by Priya, so wait until the module knows her.
     */
    @BeforeEach
    void theModuleKnowsTheDemoPeople() {
        await().atMost(Duration.ofSeconds(20)).until(() -> as(load(PRIYA), () -> sessions.possibleFacilitators())
                .stream().anyMatch(person -> person.id().equals(load(PRIYA).personId())));
    }

    // --- applying ----------------------------------------------------------------------------------

    @Test
    void kemiReadsTheCorePrinciplesAndApplies() {
        String name = unique("CRP programme");
        ProgrammeRunId run = as(load(PRIYA), () -> programme.createRun(LearningFixtures.run(name)));

        signInAs(KEMI);
        navigate(ProgrammeView.class);
        _assertOne(H2.class, spec -> spec.withText(name));
        assertThat(_find(H3.class, spec -> spec.withText("Our Core Principles"))).isNotEmpty();
        assertThat(_find(ListItem.class, spec -> spec.withText("Recognise and address power imbalances"))).isNotEmpty();

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Apply to join " + name)));
        _assertOne(ApplicationEditorView.class);
        _assertOne(H1.class, spec -> spec.withText("Apply to " + name));

        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "How are you taking part?"), "Community member");
        _setValue(field(TextArea.class, "Your partnership or project"), "Riverside Community Trust and Liceria University");
        _setValue(field(TextArea.class, "What do you hope to learn?"), "How to pay community researchers fairly.");
        _setValue(field(Checkbox.class, "Fees or expenses would stop me taking part: I would like to ask for a bursary"), true);
        _setValue(field(BigDecimalField.class, "How much do you need, in pounds?"), new BigDecimal("120"));
        _setValue(field(TextArea.class, "What would the bursary pay for?"), "Childcare on session days.");
        _click(_get(Button.class, spec -> spec.withText("Send my application")));

        _assertOne(ApplicationView.class);
        assertThat(statusBadge()).isEqualTo("Sent, waiting for a decision");
        assertThat(notifications()).contains("Thank you. Your application has been sent to the programme team.");
        assertThat(_find(Paragraph.class, spec -> spec.withText("Asked for: £120.00"))).hasSize(1);
    }

    @Test
    void sendingAnEmptyApplicationSavesADraftAndListsWhatIsMissing() {
        ProgrammeRunId run = as(load(PRIYA), () -> programme.createRun(LearningFixtures.run(unique("CRP empty"))));
        PraxisUser lena = signInAs(LENA);
        navigate(ApplicationEditorView.class, new RouteParameters("runId", run.toString()));

        _click(_get(Button.class, spec -> spec.withText("Send my application")));

        _assertOne(ApplicationEditorView.class);
        assertThat(problemTexts()).containsExactlyInAnyOrder(
                text("learning.validation.kind-required"), text("learning.validation.partnership-required"),
                text("learning.validation.hopes-required"));
        assertThat(as(lena, () -> programme.myApplicationTo(run)))
                .hasValueSatisfying(draft -> assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT));
    }

    // --- the programme team decides -----------------------------------------------------------------

    @Test
    void priyaFindsKemisApplicationInTheQueueAndSelectsHer() {
        String name = unique("CRP queue");
        ProgrammeRunId run = as(load(PRIYA), () -> programme.createRun(LearningFixtures.run(name)));
        ApplicationId application = submittedBy(KEMI, run);

        signInAs(PRIYA);
        navigate(ApplicationQueueView.class);
        Grid<?> grid = _get(Grid.class);
        assertThat(rows(grid)).anySatisfy(row -> assertThat(row).contains(name));

        navigate(ApplicationView.class, new RouteParameters("id", application.toString()));
        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "Decision"), "Select for the programme");
        _setValue(field(TextArea.class, "Reason, in words the applicant will read"), "Welcome!");
        _click(_get(Button.class, spec -> spec.withText("Record decision")));

        assertThat(statusBadge()).isEqualTo("Selected");
        assertThat(notifications()).contains("The decision is recorded and the applicant will be told.");
        assertThat(as(load(KEMI), () -> programme.application(application).decisionReason())).isEqualTo("Welcome!");
    }

    @Test
    void notSelectingWithoutAReasonIsRefusedInPlainWords() {
        ProgrammeRunId run = as(load(PRIYA), () -> programme.createRun(LearningFixtures.run(unique("CRP reason"))));
        ApplicationId application = submittedBy(KEMI, run);

        signInAs(PRIYA);
        navigate(ApplicationView.class, new RouteParameters("id", application.toString()));
        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "Decision"), "Do not select this time");
        _click(_get(Button.class, spec -> spec.withText("Record decision")));

        assertThat(problemTexts()).containsExactly(text("learning.validation.reason-required"));
        assertThat(statusBadge()).isEqualTo("Sent, waiting for a decision");
    }

    @Test
    void aParticipantIsNotShownTheTeamsQueue() {
        signInAs(KEMI);
        navigate(HomeView.class);
        assertThatThrownBy(() -> navigate(ApplicationQueueView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(ParticipantsView.class)).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(ApplicationQueueView.class);
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(HomeView.class);
    }

    @Test
    void anotherApplicantFindsNothingAtKemisApplicationAddress() {
        ProgrammeRunId run = as(load(PRIYA), () -> programme.createRun(LearningFixtures.run(unique("CRP private"))));
        ApplicationId application = submittedBy(KEMI, run);

        signInAs(LENA);
        navigate(ApplicationView.class, new RouteParameters("id", application.toString()));
        _assertOne(H1.class, spec -> spec.withText("Application not found"));
        _assertNone(TextArea.class);
    }

    // --- sessions ------------------------------------------------------------------------------------

    @Test
    void kemiRegistersAndPriyaRecordsHerAttendance() {
        ProgrammeRunId run = as(load(PRIYA), () -> programme.createRun(LearningFixtures.run(unique("CRP session"))));
        selected(KEMI, run);
        PraxisUser priya = load(PRIYA);
        SessionId session = as(priya, () -> sessions.schedule(run,
                LearningFixtures.session("Starting well", priya.personId())));

        signInAs(KEMI);
        navigate(SessionView.class, new RouteParameters("id", session.toString()));
        _assertOne(H1.class, spec -> spec.withText("Starting well"));
        Anchor join = _get(Anchor.class, spec -> spec.withText("Join the session online (opens in a new tab)"));
        assertThat(join.getHref()).isEqualTo("https://meet.example.org/starting-well");
        Anchor calendar = _get(Anchor.class, spec -> spec.withText("Add to your calendar (.ics)"));
        assertThat(calendar.getElement().hasAttribute("download")).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Register for this session")));
        _assertOne(Paragraph.class, spec -> spec.withText("You are registered for this session."));
        _assertOne(Button.class, spec -> spec.withText("Cancel my registration"));

        clock.set(Instant.parse("2027-01-20T10:30:00Z"));
        signInAs(PRIYA);
        navigate(SessionView.class, new RouteParameters("id", session.toString()));
        Checkbox kemi = _get(Checkbox.class, spec -> spec.withLabel("Kemi Adeyemi (registered)"));
        _setValue(kemi, true);
        assertThat(notifications()).contains("Kemi Adeyemi is marked as attended.");
        assertThat(as(load(KEMI), () -> sessions.session(session).attended())).isTrue();
    }

    @Test
    void lenaOutsideTheRunFindsNoSessionAndNoLink() {
        ProgrammeRunId run = as(load(PRIYA), () -> programme.createRun(LearningFixtures.run(unique("CRP closed door"))));
        SessionId session = as(load(PRIYA), () -> sessions.schedule(run, LearningFixtures.session("Members only", null)));

        signInAs(LENA);
        navigate(SessionView.class, new RouteParameters("id", session.toString()));
        _assertOne(H1.class, spec -> spec.withText("Session not found"));
        _assertNone(Anchor.class, spec -> spec.withText("Join the session online (opens in a new tab)"));
        navigate(SessionsView.class);
        _assertNone(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Members only"));
    }

    @Test
    void theSessionEditorRefusesALinkThatIsNotHttps() {
        ProgrammeRunId run = as(load(PRIYA), () -> programme.createRun(LearningFixtures.run(unique("CRP editor"))));
        signInAs(PRIYA);
        navigate(SessionEditorView.class, new RouteParameters("runId", run.toString()));
        _setValue(field(TextField.class, "Title"), "Ethics and consent");
        _setValue(field(DatePicker.class, "Date"), LocalDate.of(2027, 4, 21));
        _setValue(field(TextField.class, "Joining link"), "http://meet.example.org/ethics");
        _click(_get(Button.class, spec -> spec.withText("Save session")));

        _assertOne(SessionEditorView.class);
        assertThat(problemTexts()).containsExactly(text("learning.validation.link-not-https"));

        _setValue(field(TextField.class, "Joining link"), "https://meet.example.org/ethics");
        _click(_get(Button.class, spec -> spec.withText("Save session")));
        _assertOne(SessionView.class);
        _assertOne(H1.class, spec -> spec.withText("Ethics and consent"));
    }

    @Test
    void priyaChoosesAFacilitatorByNameAndOrganisationAndOrganisesTheDemoRun() {
        await().atMost(Duration.ofSeconds(20)).until(() -> as(load(PRIYA), () -> programme.runs()).stream()
                .anyMatch(run -> "Priya Shah".equals(run.organiserName())));
        ProgrammeRunId run = as(load(PRIYA), () -> programme.createRun(LearningFixtures.run(unique("CRP facilitators"))));
        signInAs(PRIYA);
        navigate(ProgrammeView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withText("Organised by Priya Shah"))).isNotEmpty();

        navigate(SessionEditorView.class, new RouteParameters("runId", run.toString()));
        _setValue(field(TextField.class, "Title"), "Fair payment in practice");
        _setValue(field(DatePicker.class, "Date"), LocalDate.of(2027, 2, 17));
        _setValue(field(TextField.class, "Joining link"), "https://meet.example.org/fair-payment");
        @SuppressWarnings("unchecked")
        ComboBox<KnownPerson> facilitator = _get(ComboBox.class, spec -> spec.withLabel("Facilitator"));
        ComboBoxKt.selectByLabel(facilitator, "Priya Shah (Praxis Programme Team)");
        _click(_get(Button.class, spec -> spec.withText("Save session")));

        _assertOne(SessionView.class);
        _assertOne(Paragraph.class, spec -> spec.withText("Facilitated by Priya Shah"));
    }

    // --- the learning log, certificates and the dashboard ----------------------------------------------

    @Test
    void kemiWritesAReflectionAndSharesItWithTheTeam() {
        ProgrammeRunId run = as(load(PRIYA), () -> programme.createRun(LearningFixtures.run(unique("CRP log"))));
        selected(KEMI, run);
        String title = unique("Fair payment");
        SessionId session = attended(KEMI, run, title);

        signInAs(KEMI);
        navigate(LearningLogView.class);
        _setValue(field(TextArea.class, "Your reflection on " + title), "Ask what people need before deciding what to pay.");
        _setValue(field(Checkbox.class, "Share this reflection with the programme team"), true);
        _click(_get(Button.class, spec -> spec.withText("Save reflection")));

        assertThat(notifications()).contains("Your reflection is saved.");
        assertThat(as(load(KEMI), () -> log.myLog())).filteredOn(entry -> entry.sessionId().equals(session))
                .singleElement().satisfies(entry -> assertThat(entry.sharedWithTeam()).isTrue());
    }

    @Test
    void priyaMarksKemiCompleteAndKemiFindsHerCertificate() {
        String name = unique("CRP certificate");
        ProgrammeRunId run = as(load(PRIYA), () -> programme.createRun(LearningFixtures.run(name)));
        ApplicationId application = selected(KEMI, run);

        signInAs(PRIYA);
        navigate(ParticipantsView.class);
        ParticipantsViewRun.choose(name);
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Kemi Adeyemi");
        as(load(PRIYA), () -> programme.issueCertificate(application));

        signInAs(KEMI);
        navigate(CertificatesView.class);
        _assertOne(H2.class, spec -> spec.withText(name));
        Anchor download = _get(Anchor.class, spec -> spec.withText("Download your certificate for " + name + " (PDF)"));
        assertThat(download.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void theDashboardShowsKemiHerProgrammeAndPriyaWhatWaits() {
        signInAs(KEMI);
        navigate(HomeView.class);
        _assertOne(H2.class, spec -> spec.withText("Your learning programme"));

        signInAs(PRIYA);
        navigate(HomeView.class);
        _assertOne(H2.class, spec -> spec.withText("Learning programme"));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(textLine -> textLine.contains("waiting") || textLine.startsWith("No applications"));
    }

    // --- helpers -------------------------------------------------------------------------------------

    ApplicationId submittedBy(String email, ProgrammeRunId run) {
        return as(load(email), () -> {
            ApplicationId id = programme.startApplication(run, LearningFixtures.application(ParticipantKind.COMMUNITY_MEMBER));
            programme.submit(id, 0);
            return id;
        });
    }

    ApplicationId selected(String email, ProgrammeRunId run) {
        ApplicationId id = submittedBy(email, run);
        as(load(PRIYA), () -> programme.decide(id, 1, new SelectionDecision(ApplicationStatus.SELECTED, "")));
        return id;
    }

    /** A session of the run, held, with the person marked as having attended. */
    SessionId attended(String email, ProgrammeRunId run, String title) {
        PraxisUser priya = load(PRIYA);
        SessionId session = as(priya, () -> sessions.schedule(run, LearningFixtures.session(title, priya.personId())));
        clock.set(Instant.parse("2027-01-20T11:00:00Z"));
        as(priya, () -> sessions.markAttendance(session, load(email).personId(), true));
        return session;
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T extends Component> T field(Class<T> type, String label) {
        return _get(type, spec -> spec.withLabel(label));
    }

    private static String statusBadge() {
        return _get(Span.class, spec -> spec.withClasses("praxis-status")).getText();
    }

    private static List<String> problemTexts() {
        Div problems = _get(Div.class, spec -> spec.withClasses("praxis-problems"));
        return _find(problems, ListItem.class).stream().map(item -> item.getElement().getTextRecursively()).toList();
    }

    private static List<String> rows(Grid<?> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> String.join(" | ", GridKt._getFormattedRow(grid, row))).toList();
    }

    /** Picks a run in the participants view's run chooser. */
    private static final class ParticipantsViewRun {
        @SuppressWarnings("unchecked")
        static void choose(String name) {
            var chooser = (com.vaadin.flow.component.combobox.ComboBox<org.crp.learning.internal.LearningViews.Run>)
                    _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Programme run"));
            com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel(chooser, name);
        }
    }
}
