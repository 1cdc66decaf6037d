package org.praxis.matchmaking.ui;

import praxis.testsupport.MutableClock;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.PartnershipId;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.matchmaking.internal.DirectoryVisibility;
import org.praxis.matchmaking.internal.MatchEventForm;
import org.praxis.matchmaking.internal.MatchEventService;
import org.praxis.matchmaking.internal.MatchmakingFixtures;
import org.praxis.matchmaking.internal.MatchmakingRoles;
import org.praxis.matchmaking.internal.MatchmakingViews.Budget;
import org.praxis.matchmaking.internal.Money;
import org.praxis.matchmaking.internal.PartnershipForm;
import org.praxis.matchmaking.internal.PartnershipService;
import org.praxis.matchmaking.internal.PayeeKind;
import org.praxis.matchmaking.internal.RegistrationService;
import org.praxis.matchmaking.internal.SeedFundService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import praxis.testsupport.KaribuTest;
import praxis.testsupport.TestUsers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static praxis.testsupport.TestUsers.as;

/**
 * Matchmaking's views as the demo people meet them: Priya (programme team) schedules an event and plans its
 * rotation; Kemi (community member) applies with her profile and gets a place; a date in the past is refused at
 * the field; the seed fund's pages are closed to those without the role; a partnership from the event asks for
 * £800, the panel awards it, Priya pays a community organisation, Lena reports, and the budget shows it.
 */
@Import(MutableClock.Configuration.class)
class MatchmakingViewsTests extends KaribuTest {

    static final String PRIYA = "team@praxis.example";
    static final String KEMI = "kemi@riverside.example";
    static final String LENA = "lena@liceria.example";

    @Autowired
    MatchEventService events;

    @Autowired
    RegistrationService registrations;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    SeedFundService seedFund;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void beforeTheEvents() {
        clock.set(MutableClock.Configuration.START);
    }

    @Test
    void priyaSchedulesAnEventAndKemiAppliesAndGetsAPlace() {
        String title = unique("Leeds match event");
        signInAs(PRIYA);
        navigate(EventEditorView.class);
        _setValue(field(TextField.class, "Name of the event"), title);
        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "In person or online"), "In person");
        _setValue(field(DatePicker.class, "Date"), MatchmakingFixtures.EVENT_DAY);
        _setValue(field(TimePicker.class, "Starts at"), LocalTime.of(10, 0));
        _setValue(field(TimePicker.class, "Ends at"), LocalTime.of(15, 0));
        _setValue(field(TextField.class, "Where (for an event in person)"), "Riverside Community Centre");
        _setValue(field(IntegerField.class, "Places for community organisations"), 20);
        _setValue(field(IntegerField.class, "Places for researchers"), 20);
        _setValue(field(Checkbox.class, "Give places to the first who apply, without approval"), true);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(notifications()).contains("The event is saved.");
        _get(OrganiseEventView.class);

        MatchEventId id = as(load(PRIYA), () -> events.upcoming()).stream().filter(e -> e.title().equals(title))
                .findFirst().orElseThrow().id();
        signInAs(KEMI);
        navigate(EventView.class, new RouteParameters("id", id.toString()));
        @SuppressWarnings("unchecked")
        Select<AttendeeSide> side = _get(Select.class, spec -> spec.withLabel("Coming as"));
        _setValue(side, AttendeeSide.COMMUNITY);
        _setValue(field(TextArea.class, "What I can offer a partner"), "A food bank and a room for meetings.");
        _setValue(field(TextArea.class, "What I am looking for"), "Someone to help us show what works.");
        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "Who may see me in the attendee directory"),
                "Everyone signed in to Praxis");
        _click(_get(Button.class, spec -> spec.withText("Apply")));

        assertThat(notifications()).contains("Thank you: your application is in.");
        assertThat(_get(Span.class, spec -> spec.withClasses("praxis-status")).getText()).isEqualTo("You have a place");
        assertThat(_find(H3.class, spec -> spec.withText(load(KEMI).displayName()))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("Download my speed-networking run sheet (PDF)")))
                .hasSize(1);
    }

    @Test
    void aDateInThePastIsRefusedAtTheField() {
        signInAs(PRIYA);
        navigate(EventEditorView.class);
        _setValue(field(TextField.class, "Name of the event"), unique("Too late"));
        _setValue(field(DatePicker.class, "Date"), LocalDate.of(2027, 1, 1));
        _setValue(field(TimePicker.class, "Starts at"), LocalTime.of(10, 0));
        _setValue(field(TimePicker.class, "Ends at"), LocalTime.of(15, 0));
        _setValue(field(TextField.class, "Where (for an event in person)"), "Riverside Community Centre");
        _setValue(field(IntegerField.class, "Places for researchers"), 5);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(problemTexts()).containsExactly(text("matchmaking.validation.date-in-past"));
        _get(EventEditorView.class);
    }

    @Test
    void priyaPlansTheRotationAndGetsTheRunSheet() {
        MatchEventForm form = MatchmakingFixtures.event(unique("Rotation event"), 5, 5);
        form.setAutoAccept(true);
        MatchEventId id = as(load(PRIYA), () -> events.schedule(form));
        as(load(KEMI), () -> registrations.apply(id, MatchmakingFixtures.profile(AttendeeSide.COMMUNITY,
                DirectoryVisibility.ATTENDEES)));
        as(load(LENA), () -> registrations.apply(id, MatchmakingFixtures.profile(AttendeeSide.RESEARCHER,
                DirectoryVisibility.HIDDEN)));

        signInAs(PRIYA);
        navigate(OrganiseEventView.class, new RouteParameters("id", id.toString()));
        _setValue(field(IntegerField.class, "Rounds"), 1);
        _click(_get(Button.class, spec -> spec.withText("Plan the rotation")));

        assertThat(notifications()).contains("The rotation is planned.");
        assertThat(_find(Paragraph.class)).anySatisfy(p -> assertThat(p.getText()).contains("repeated meetings: 0"));
        assertThat(_find(Anchor.class, spec -> spec.withText(
                "Download the run sheet (PDF: a page per table and per person)"))).hasSize(1);
    }

    @Test
    void theSeedFundPagesAreClosedToThoseWithoutTheRole() {
        signInAs(KEMI);
        assertThatThrownBy(() -> navigate(SeedFundView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(SeedFundPanelView.class)).isInstanceOf(MockAccessDeniedException.class);
        signInAs(PRIYA);
        assertThatThrownBy(() -> navigate(SeedFundPanelView.class)).isInstanceOf(MockAccessDeniedException.class);
        navigate(SeedFundView.class);
        assertThat(_find(Paragraph.class)).anySatisfy(p -> assertThat(p.getText()).contains("Remaining"));
    }

    @Test
    void aPartnershipGetsEightHundredPoundsThePanelAwardsItAndTheBudgetShowsIt() {
        Budget before = as(load(PRIYA), () -> seedFund.budget());
        as(load(PRIYA), () -> seedFund.setBudget(before.version(),
                before.committed().add(before.paid()).add(new BigDecimal("1000.00")), false));
        MatchEventForm form = MatchmakingFixtures.event(unique("Partnership event"), 5, 5);
        form.setAutoAccept(true);
        MatchEventId id = as(load(PRIYA), () -> events.schedule(form));
        as(load(KEMI), () -> registrations.apply(id, MatchmakingFixtures.profile(AttendeeSide.COMMUNITY,
                DirectoryVisibility.ATTENDEES)));
        RegistrationId lenas = as(load(LENA), () -> registrations.apply(id, MatchmakingFixtures.profile(
                AttendeeSide.RESEARCHER, DirectoryVisibility.ATTENDEES)));
        String name = unique("Food on the estate");
        PartnershipForm partnership = new PartnershipForm();
        partnership.setName(name);
        partnership.setPartner(lenas);
        PartnershipId partnershipId = as(load(KEMI), () -> partnerships.form(id, partnership));
        RouteParameters at = new RouteParameters("id", partnershipId.toString());

        signInAs(KEMI);
        navigate(PartnershipView.class, at);
        _setValue(field(BigDecimalField.class, "How much you ask for"), new BigDecimal("800"));
        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "Who holds the money"), "Community organisation");
        _setValue(field(TextArea.class, "What the money will pay for"), "Time, travel and four meetings.");
        _click(_get(Button.class, spec -> spec.withText("Apply for seed funding")));
        assertThat(notifications()).contains("Your application has gone to the panel.");

        TestUsers.signIn(TestUsers.user("Pat Morgan", TestUsers.newOrganisation(),
                MatchmakingRoles.SEED_FUND_PANEL_ROLE));
        navigate(SeedFundPanelView.class);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Award: " + name)));
        assertThat(notifications()).contains("The decision is recorded and the partners are told.");

        signInAs(PRIYA);
        navigate(SeedFundView.class);
        _setValue(field(TextField.class, "Paid to"), "Riverside Community Trust");
        @SuppressWarnings("unchecked")
        Select<PayeeKind> kind = _get(Select.class, spec -> spec.withLabel("Who was paid"));
        _setValue(kind, PayeeKind.COMMUNITY_ORGANISATION);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Record the payment: " + name)));
        assertThat(notifications()).contains("The payment is recorded.");

        signInAs(LENA);
        navigate(PartnershipView.class, at);
        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "Did the partnership develop?"), "Yes, it developed");
        _setValue(field(TextArea.class, "How, or why not, in a few words"), "We are writing a bid together.");
        _click(_get(Button.class, spec -> spec.withText("File the report")));
        assertThat(notifications()).contains("Thank you for your report.");

        signInAs(PRIYA);
        navigate(SeedFundView.class);
        Budget after = as(load(PRIYA), () -> seedFund.budget());
        assertThat(after.paid()).isEqualByComparingTo(before.paid().add(new BigDecimal("800.00")));
        assertThat(_find(Paragraph.class)).anySatisfy(p -> assertThat(p.getText())
                .contains("Paid " + Money.pounds(after.paid())).contains("Remaining £200.00"));
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T extends Component> T field(Class<T> type, String label) {
        return _get(type, spec -> spec.withLabel(label));
    }

    private static List<String> problemTexts() {
        Div problems = _get(Div.class, spec -> spec.withClasses("praxis-problems"));
        return _find(problems, ListItem.class).stream().map(item -> item.getElement().getTextRecursively()).toList();
    }
}
