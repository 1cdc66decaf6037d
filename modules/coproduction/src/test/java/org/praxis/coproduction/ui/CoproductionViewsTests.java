package org.praxis.coproduction.ui;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.praxis.coproduction.events.WaveId;
import org.praxis.coproduction.internal.Adjustment;
import org.praxis.coproduction.internal.AssignmentService;
import org.praxis.coproduction.internal.CoproductionTime;
import org.praxis.coproduction.internal.CoproductionViews.KnownPerson;
import org.praxis.coproduction.internal.ShortlistService;
import org.praxis.coproduction.internal.PayService;
import org.praxis.coproduction.internal.RatesPolicyForm;
import org.praxis.coproduction.internal.WaveForm;
import org.praxis.coproduction.internal.ValuesPulseService;
import org.praxis.coproduction.internal.WaveService;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import praxis.testsupport.KaribuTest;
import praxis.testsupport.TestUsers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
 * The views as people meet them: an applicant applies with an adjustment and follows their application; a
 * co-producer sees the benefits pointer, is told plainly when a claim is wrong and finds their claim; who may not
 * open a page is refused. Every test makes its own wave, people and element.
 */
class CoproductionViewsTests extends KaribuTest {

    @Autowired WaveService waves;
    @Autowired PayService pay;
    @Autowired CoproductionTime time;
    @Autowired AssignmentService assignments;
    @Autowired ShortlistService shortlist;
    @Autowired ValuesPulseService pulse;

    final PraxisUser ruth = TestUsers.user("Ruth Okafor", TestUsers.newOrganisation(), Role.PROGRAMME_TEAM);

    @Test
    void anApplicantAppliesInWritingWithAnAdjustment() {
        LocalDate today = time.today();
        String title = "Co-producers " + UUID.randomUUID().toString().substring(0, 6);
        WaveId wave = as(ruth, () -> waves.open(new WaveForm(title, "Shape projects with us.", "8 hours a month.",
                "£25 an hour.", null, today.minusDays(1), today.plusDays(20), null, null, null,
                List.of(new WaveForm.Criterion("Lived experience", "", 5)))));
        TestUsers.signIn(TestUsers.user("Sam Patel", TestUsers.newOrganisation(), Role.COMMUNITY_MEMBER));

        navigate(WavesView.class);
        _assertOne(H2.class, spec -> spec.withText(title));
        navigate(ApplyView.class, new RouteParameters("id", wave.toString()));
        _click(_get(Button.class, spec -> spec.withText("Send my application")));
        assertThat(problems()).contains("Please tell us how to contact you.",
                "Please write your answer, or choose another way to answer.");

        _setValue(field(TextField.class, "How can we contact you?"), "sam@example.org");
        _setValue(field(TextArea.class, "Why would you like to be a co-producer, and what would you bring?"),
                "I run a peer support group.");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Adjustment> adjustments = field(CheckboxGroup.class, "Would any of these help you?");
        _setValue(adjustments, Set.of(Adjustment.CALL_INSTEAD_OF_FORM));
        _click(_get(Button.class, spec -> spec.withText("Send my application")));

        _assertOne(MyApplicationsView.class);
        _assertOne(H2.class, spec -> spec.withText(title));
        _assertOne(Paragraph.class, spec -> spec.withText("Sent, being reviewed"));
    }

    @Test
    void aCoproducerClaimsThroughTheFormAndIsToldPlainlyWhatIsWrong() {
        PraxisUser asha = TestUsers.user("Asha Khan", TestUsers.newOrganisation(), Role.CO_PRODUCER);
        LocalDate today = time.today();
        String element = "Workshops " + UUID.randomUUID().toString().substring(0, 6);
        as(ruth, () -> {
            if (pay.policies().isEmpty()) {
                pay.publishPolicy(new RatesPolicyForm(today, new BigDecimal("25"), new BigDecimal("75"),
                        new BigDecimal("1"), new BigDecimal("40"), "Travel at cost."));
            }
            pay.recordAgreement(asha.personId(), asha.displayName(), today);
            UUID project = pay.createProject("Value of co-production");
            pay.addElement(project, element, ruth.personId());
        });
        TestUsers.signIn(asha);
        navigate(MyClaimsView.class);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("If you receive benefits"));

        @SuppressWarnings("unchecked")
        Select<org.praxis.coproduction.internal.CoproductionViews.Element> elements =
                _get(Select.class, spec -> spec.withLabel("Part of the project"));
        _setValue(elements, pay.elements().stream().filter(e -> e.title().equals(element)).findFirst().orElseThrow());
        _setValue(field(DatePicker.class, "Day you worked"), today);
        _setValue(field(BigDecimalField.class, "Hours"), new BigDecimal("13"));
        _setValue(field(TextField.class, "What you did"), "Planning");
        _click(_get(Button.class, spec -> spec.withText("Send the claim")));
        assertThat(problems()).anyMatch(text -> text.startsWith("Hours must be between 0 and 12 for one day."));
        assertThat(pay.myClaims()).isEmpty();

        _setValue(field(BigDecimalField.class, "Hours"), new BigDecimal("2"));
        _click(_get(Button.class, spec -> spec.withText("Send the claim")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains(element) && text.contains("£50.00") && text.endsWith("Waiting for approval."));

        // A claim still waiting is not yet on the record.
        navigate(RecognitionView.class);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains(
                "Asha Khan has co-produced with us since " + CoproductionLabels.date(today) + ".",
                "In all: 0 hours and 0 sessions.");
        _assertOne(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Download the certificate (PDF)"));
    }

    @Test
    void aCoproducerIsOnboardedAndAssignedWithASupportContact() {
        PraxisUser priya = load("team@praxis.example");
        await().atMost(Duration.ofSeconds(20)).until(() -> as(priya, () -> shortlist.possibleReviewers())
                .stream().anyMatch(p -> p.id().equals(priya.personId())));
        PraxisUser asha = TestUsers.user("Asha Khan " + UUID.randomUUID().toString().substring(0, 6),
                TestUsers.newOrganisation(), Role.CO_PRODUCER);
        String element = "Easy Read guides " + UUID.randomUUID().toString().substring(0, 6);
        as(ruth, () -> {
            pay.recordAgreement(asha.personId(), asha.displayName(), time.today());
            UUID project = pay.createProject("Library of resources");
            var id = pay.addElement(project, element, priya.personId());
            assignments.describeNeeds(id, Set.of("easy read"), new BigDecimal("6"));
        });

        TestUsers.signIn(asha);
        navigate(MyWorkView.class);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "I have done this: Policies read")));
        _setValue(field(TextField.class, "My skills"), "Easy Read, facilitation");
        _setValue(field(BigDecimalField.class, "Hours a month I can give"), new BigDecimal("8"));
        _setValue(field(Checkbox.class, "The team may suggest me for work that matches my skills"), true);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        signInAs("team@praxis.example");
        navigate(CoproducersView.class);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Waiting at: Agreement signed. 0 days since the agreement started; 1 of 6 steps done.");
        navigate(ElementsView.class);
        Button assign = _get(Button.class, spec -> spec.withAttribute("aria-label", "Assign " + asha.displayName() + " to " + element));
        Component suggestion = assign.getParent().orElseThrow();
        assertThat(_get(suggestion, Paragraph.class, spec -> spec.withText(asha.displayName()
                + ": Suggested because they bring easy read and have 8 hours a month free.")).isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        Select<KnownPerson> support = _get(suggestion, Select.class, spec -> spec.withLabel("Support contact"));
        _setValue(support, support.getListDataView().getItems().filter(p -> p.id().equals(priya.personId()))
                .findFirst().orElseThrow());
        _setValue(_get(suggestion, BigDecimalField.class, spec -> spec.withLabel("Hours a month")), new BigDecimal("5"));
        _click(assign);

        TestUsers.signIn(asha);
        navigate(MyWorkView.class);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("Library of resources, " + element
                + ": 5 hours a month. Your support contact is Priya Shah.");
    }

    @Test
    void anElementsLeadAnswersTheValuesPulseAndSeesNoResultsForTooFewAnswers() {
        PraxisUser asha = TestUsers.user("Asha Khan", TestUsers.newOrganisation(), Role.CO_PRODUCER);
        as(ruth, () -> pulse.finish(pay.addElement(pay.createProject("Pulse project"), "Workshops", asha.personId())));

        TestUsers.signIn(asha);
        navigate(ValuesPulseView.class);
        Button send = _get(Button.class, spec -> spec.withText("Send my answer"));
        _click(send);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> human = _get(RadioButtonGroup.class,
                spec -> spec.withLabel("How human was it? Did people feel cared for and listened to?"));
        assertThat(human.isInvalid()).isTrue();
        assertThat(human.getErrorMessage()).isEqualTo("Please choose a score from 1 to 5 for human.");

        _find(RadioButtonGroup.class).forEach(group -> {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> score = group;
            _setValue(score, 4);
        });
        _click(send);
        assertThat(_find(NativeTableCell.class).stream().map(NativeTableCell::getText))
                .contains("Too few answers to show yet");
        assertThat(_find(Button.class, spec -> spec.withText("Send my answer"))).isEmpty();
    }

    @Test
    void theTeamIsShownAtTheFieldWhatAnImpactEntryLacks() {
        TestUsers.signIn(ruth);
        navigate(ImpactView.class);
        _click(_get(Button.class, spec -> spec.withText("Add to the log")));
        Select<?> who = _get(Select.class, spec -> spec.withLabel("Co-producer"));
        assertThat(who.isInvalid()).isTrue();
        assertThat(who.getErrorMessage()).isEqualTo("Please choose the co-producer.");
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("When")).getErrorMessage())
                .isEqualTo("Please give the day it happened.");
    }

    @Test
    void pagesAreRefusedToThoseWhoMayNotSeeThem() {
        TestUsers.signIn(TestUsers.user("Sam Patel", TestUsers.newOrganisation(), Role.COMMUNITY_MEMBER));
        assertThatThrownBy(() -> navigate(PayDashboardView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(ValuesPulseView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(ImpactView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(RecognitionView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(ReviewsView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(MyClaimsView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(PaymentsView.class)).isInstanceOf(MockAccessDeniedException.class);

        TestUsers.signIn(TestUsers.user("Asha Khan", TestUsers.newOrganisation(), Role.CO_PRODUCER));
        navigate(PayDashboardView.class);
        _assertOne(PayDashboardView.class);
        assertThatThrownBy(() -> navigate(PaymentsView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(ElementsView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(CoproducersView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    /** What the problem boxes next to the forms say. */
    private static List<String> problems() {
        return _find(ListItem.class).stream().filter(item -> item.getParent().flatMap(Component::getParent)
                .filter(box -> box.getElement().getClassList().contains("praxis-problems")).isPresent()).map(ListItem::getText).toList();
    }

    private static <T extends Component> T field(Class<T> type, String label) {
        return _get(type, spec -> spec.withLabel(label));
    }

}
