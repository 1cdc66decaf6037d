package org.praxis.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.praxis.assessment.internal.AssessmentService;
import org.praxis.assessment.internal.AssessmentStatus;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;
import org.praxis.requests.events.RelatedPage;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.internal.RequestStatus;
import org.praxis.requests.internal.SupportRequestForm;
import org.praxis.requests.internal.SupportRequestService;
import praxis.testsupport.KaribuTest;
import praxis.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The programme team assesses Liceria's request through the screens, and Jo sees the outcome. */
class AssessmentViewsTests extends KaribuTest {

    static final String JO = "jo@liceria.example";
    static final String PRIYA = "team@praxis.example";

    @Autowired
    SupportRequestService requests;

    @Autowired
    AssessmentService assessments;

    SupportRequestId submittedByJo(String title) {
        SupportRequestId id = TestUsers.as(load(JO), () -> {
            SupportRequestForm form = new SupportRequestForm();
            form.setTitle(title);
            form.setMode(DeliveryMode.RUN_COHORT);
            form.setLacks(Set.of(Need.KNOWLEDGE, Need.ADMIN_SUPPORT, Need.TIME));
            form.setContext("A cohort from October; no admin support secured.");
            form.setTimelineStart(LocalDate.now().plusWeeks(5));
            form.setContactName("Jo Whitfield");
            form.setContactEmail(JO);
            SupportRequestId created = requests.createDraft(form);
            requests.submit(created, 0);
            return created;
        });
        // The assessment module hears of it through an event, after the submission commits.
        await().atMost(Duration.ofSeconds(20)).until(() -> TestUsers.as(load(PRIYA),
                () -> assessments.queue(null, 0, 1000).stream().anyMatch(row -> row.requestId().equals(id))));
        return id;
    }

    @Test
    void priyaAssessesUsingTheSuggestionsAndJoSeesTheDecision() {
        String title = "Cohort recruitment " + UUID.randomUUID();
        SupportRequestId id = submittedByJo(title);

        signInAs(PRIYA);
        navigate(AssessmentView.class, new RouteParameters("requestId", id.toString()));
        @SuppressWarnings("unchecked")
        Select<Object> assessor = _get(Select.class, spec -> spec.withLabel(text("assessment.field.assessor")));
        assessor.setValue(assessor.getListDataView().getItems()
                .filter(a -> a.toString().contains("Priya Shah")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText(text("assessment.view.assign"))));

        // The rules suggest guidance and a Train-the-Trainer session, each with its reason.
        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains("Guidance on attracting postdocs and on the application and assessment process",
                        "Online Train-the-Trainer session for the people who will review applications");
        List<Button> useButtons = _find(Button.class, spec -> spec.withText(text("assessment.view.use-suggestion")));
        useButtons.stream().limit(2).forEach(button -> _click(button));
        // The accessible name holds the visible words; a second click adds nothing and says why.
        assertThat(useButtons.getFirst().getAriaLabel()).hasValueSatisfying(name -> assertThat(name).startsWith("Use this route"));
        int routes = _find(TextField.class, spec -> spec.withLabel(text("assessment.route.title"))).size();
        _click(useButtons.getFirst());
        assertThat(_find(TextField.class, spec -> spec.withLabel(text("assessment.route.title")))).hasSize(routes);
        assertThat(notifications()).anyMatch(message -> message.contains("is already in your plan"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel(text("assessment.field.rationale"))),
                "Based on recruiting three diverse cohorts.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel(text("assessment.field.notes"))),
                "Jo mentioned a tight budget; keep the hours low.");
        _click(_get(Button.class, spec -> spec.withText(text("assessment.view.complete"))));

        assertThat(notifications()).contains(text("assessment.view.completed"));
        assertThat(TestUsers.as(load(PRIYA), () -> assessments.get(id).status())).isEqualTo(AssessmentStatus.COMPLETED);
        // The institution's request moves on too, through the progress event.
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestUsers.as(load(JO), () -> requests.get(id).status()) == RequestStatus.ASSESSED);
        // The team still sees its own notes on the completed assessment.
        assertThat(textOfPage()).contains("Jo mentioned a tight budget");

        // Jo reads the decision and why, from her request's page; the team's notes are not shown to her.
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestUsers.as(load(JO), () -> requests.get(id).has(RelatedPage.DECISION)));
        signInAs(JO);
        navigate("requests/" + id);
        Anchor decision = _get(Anchor.class, spec -> spec.withText(text("requests.related.DECISION")));
        assertThat(decision.getHref()).isEqualTo("assessments/" + id + "/decision");
        navigate(decision.getHref());
        assertThat(NavigatorKt.getCurrentView()).isAssignableTo(AssessmentDecisionView.class);
        assertThat(textOfPage()).contains("Why these routes", "Based on recruiting three diverse cohorts.",
                "Online Train-the-Trainer session").doesNotContain("tight budget");

        // Another institution's lead finds nothing there.
        signInAs("sam@northbridge.example");
        navigate(AssessmentDecisionView.class, new RouteParameters("requestId", id.toString()));
        assertThat(textOfPage()).doesNotContain("Based on recruiting").contains(text("assessment.error.not-found-title"));
    }

    private static String textOfPage() {
        return _get(com.vaadin.flow.component.html.Main.class).getElement().getTextRecursively();
    }

    @Test
    void completingWithoutRoutesExplainsWhatIsMissing() {
        SupportRequestId id = submittedByJo("Nothing decided yet " + UUID.randomUUID());
        signInAs(PRIYA);
        navigate(AssessmentView.class, new RouteParameters("requestId", id.toString()));
        _click(_get(Button.class, spec -> spec.withText(text("assessment.view.complete"))));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("praxis-problems")).getElement()
                .getTextRecursively())
                .contains(text("assessment.validation.assessor-required"), text("assessment.validation.routes-required"));
        assertThat(TestUsers.as(load(PRIYA), () -> assessments.get(id).status())).isEqualTo(AssessmentStatus.AWAITING);
    }
}
