package org.praxis.mentoring.ui;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.RelationshipId;
import org.praxis.mentoring.events.SectorContext;
import org.praxis.mentoring.internal.ActivityType;
import org.praxis.mentoring.internal.Availability;
import org.praxis.mentoring.internal.IntakeForm;
import org.praxis.mentoring.internal.MatchingService;
import org.praxis.mentoring.internal.MentoringViews.Relationship;
import org.praxis.mentoring.internal.ProgrammeForm;
import org.praxis.mentoring.internal.ProgrammeService;
import org.praxis.mentoring.internal.Topic;
import org.praxis.mentoring.internal.ValueStatement;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.praxis.shell.ui.HomeView;
import org.springframework.beans.factory.annotation.Autowired;
import praxis.testsupport.KaribuTest;
import praxis.testsupport.TestUsers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static praxis.testsupport.TestUsers.as;

/**
 * Mentoring's views as people meet them: Kemi sends her intake through the form, Priya (programme team) runs
 * the cohort match, reads why the pair was made and publishes it; Kemi and Chris agree expectations, log a
 * meeting and close with a reflection. Lena, outside the pair, finds nothing; a mentee cannot open the team's
 * pages.
 */
class MentoringViewsTests extends KaribuTest {

    @Autowired
    ProgrammeService programmes;

    @Autowired
    MatchingService matching;

    final PraxisUser priya = TestUsers.user("Priya Shah", TestUsers.newOrganisation(), Role.PROGRAMME_TEAM);
    final PraxisUser chris = TestUsers.user("Chris Byrne", TestUsers.newOrganisation(), Role.MENTOR, Role.RESEARCHER);
    final PraxisUser kemi = TestUsers.user("Kemi Adeyemi", TestUsers.newOrganisation(), Role.COMMUNITY_MEMBER);
    final PraxisUser lena = TestUsers.user("Lena Novak", TestUsers.newOrganisation(), Role.RESEARCHER);

    @Test
    void fromIntakeToMatchToAClosedRelationship() {
        String name = "Peer mentoring " + UUID.randomUUID().toString().substring(0, 6);
        MentoringProgrammeId programme = as(priya, () -> programmes.create(programme(name)));
        as(chris, () -> programmes.submitIntake(programme, mentorIntake()));

        // Kemi sends her intake through the form.
        TestUsers.signIn(kemi);
        navigate(MentoringView.class);
        String link = _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withAttribute("aria-label", "Send my intake to " + name))
                .getHref();
        navigate(link);
        _assertOne(IntakeView.class);
        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "Where does your partnership work sit?"), "Community organisation");
        _setValue(field(IntegerField.class, "Years of community research partnership experience"), 4);
        _setValue(field(TextArea.class, "Your partnership experience"), "Four years with a housing partnership.");
        _setValue(field(TextArea.class, "What do you hope to get from mentoring?"), "To share power better.");
        _setValue(field(CheckboxGroup.class, "Kinds of activity you would like"), Set.of(ActivityType.SOUNDING_BOARD));
        _setValue(field(CheckboxGroup.class, "Topics you would like to talk about"), Set.of(Topic.POWER_IMBALANCES));
        _setValue(field(CheckboxGroup.class, "Values and ways of working that matter to you"), Set.of(ValueStatement.SHARING_POWER));
        _setValue(field(CheckboxGroup.class, "When can you meet?"), Set.of(Availability.WEEKDAY_EVENINGS));
        _click(_get(Button.class, spec -> spec.withText("Send my intake")));
        _assertOne(MentoringView.class);
        assertThat(notifications()).contains("Thank you. Your intake has been sent to the programme team.");

        // Priya runs the cohort match, reads why, and publishes.
        TestUsers.signIn(priya);
        navigate(ProgrammesView.class);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Run the cohort match for " + name)));
        _assertOne(DraftView.class);
        _assertOne(H2.class, spec -> spec.withText(kemi.displayName() + " with mentor " + chris.displayName()));
        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getText())
                .anyMatch(text -> text.startsWith("Values and approach: You share 1 of the 2 values"))
                .anyMatch(text -> text.startsWith("Learning across contexts: One of you works in a university"));
        _click(_get(Button.class, spec -> spec.withText("Publish this match")));
        assertThat(notifications()).contains("Published: 1 pairs have been told.");

        Relationship pair = as(kemi, () -> matching.myRelationships()).getFirst();
        RouteParameters id = new RouteParameters("id", pair.id().toString());

        // Kemi proposes the expectations; Chris agrees.
        TestUsers.signIn(kemi);
        navigate(RelationshipView.class, id);
        _setValue(field(TextArea.class, "What stays between us"), "Everything, unless someone is at risk.");
        _setValue(field(TextArea.class, "How we will close"), "A last conversation looking back.");
        _click(_get(Button.class, spec -> spec.withText("Propose these expectations")));
        _assertOne(Paragraph.class, spec -> spec.withText("Waiting for both of you to agree."));
        TestUsers.signIn(chris);
        navigate(RelationshipView.class, id);
        _click(_get(Button.class, spec -> spec.withText("I agree")));
        _assertOne(Paragraph.class, spec -> spec.withText("You have both agreed."));

        // Chris logs a meeting with notes; the team sees that it happened, not what was said.
        _setValue(field(DateTimePicker.class, "Date and time"), LocalDateTime.of(2026, 11, 4, 18, 0));
        _setValue(field(Select.class, "Kind of activity"), ActivityType.SOUNDING_BOARD);
        _setValue(field(TextArea.class, "Notes (optional)"), "Kemi is weighing up a new partner.");
        _click(_get(Button.class, spec -> spec.withText("Log the meeting")));
        _assertOne(Paragraph.class, spec -> spec.withText("Notes: Kemi is weighing up a new partner."));
        TestUsers.signIn(priya);
        navigate(ProgrammesView.class);
        assertThat(_find(Paragraph.class)).extracting(p -> p.getElement().getText())
                .anyMatch(text -> text.startsWith(chris.displayName() + " and " + kemi.displayName() + ": 1 meetings held"))
                .noneMatch(text -> text.contains("weighing up"));

        // Kemi closes with a reflection.
        TestUsers.signIn(kemi);
        navigate(RelationshipView.class, id);
        _click(_get(Button.class, spec -> spec.withText("Close the relationship")));
        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getText()).contains("Please write a few words of reflection.");
        _setValue(field(TextArea.class, "Your reflection"), "I learned to name power out loud.");
        _click(_get(Button.class, spec -> spec.withText("Close the relationship")));
        _assertOne(Paragraph.class, spec -> spec.withText(kemi.displayName() + " reflects: I learned to name power out loud."));
        _assertOne(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Download my certificate (PDF)"));
    }

    @Test
    void kemiAsksASuggestedMentorAndChrisAccepts() {
        String name = "Self-chosen " + UUID.randomUUID().toString().substring(0, 6);
        MentoringProgrammeId programme = as(priya, () -> programmes.create(programme(name)));
        as(chris, () -> programmes.submitIntake(programme, mentorIntake()));
        IntakeForm kemis = mentorIntake();
        kemis.setSide(MentoringSide.MENTEE);
        kemis.setSector(SectorContext.COMMUNITY_ORGANISATION);
        kemis.setExperienceYears(3);
        as(kemi, () -> programmes.submitIntake(programme, kemis));

        TestUsers.signIn(kemi);
        navigate(MentoringView.class);
        _assertOne(com.vaadin.flow.component.html.H3.class, spec -> spec.withText(chris.displayName() + " (fit 970 out of 1,000)"));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Ask " + chris.displayName() + " to be your mentor")));
        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getText())
                .contains("Please write a short message to the mentor.");
        _setValue(field(TextArea.class, "A short message to " + chris.displayName()), "Could we talk about sharing power?");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Ask " + chris.displayName() + " to be your mentor")));
        assertThat(notifications()).contains("Your request has been sent to " + chris.displayName() + ".");

        TestUsers.signIn(chris);
        navigate(MentoringView.class);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Accept: " + kemi.displayName())));
        assertThat(as(kemi, () -> matching.myRelationships())).extracting(Relationship::mentorName).contains(chris.displayName());
    }

    @Test
    void othersFindNothingAndMenteesCannotOpenTheTeamsPages() {
        TestUsers.signIn(lena);
        navigate(HomeView.class);
        assertThatThrownBy(() -> navigate(ProgrammesView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(DraftView.class, new RouteParameters("id", UUID.randomUUID().toString())))
                .isInstanceOf(MockAccessDeniedException.class);
        navigate(RelationshipView.class, new RouteParameters("id", new RelationshipId(UUID.randomUUID()).toString()));
        _assertOne(Paragraph.class, spec -> spec.withText("We could not find that mentoring relationship."));
        navigate(MentoringView.class);
        _assertOne(H1.class, spec -> spec.withText("My mentoring"));
        _assertOne(Paragraph.class, spec -> spec.withText("You have no mentoring relationship yet."));
        // The demo programme, open for intakes.
        assertThat(_find(Paragraph.class)).extracting(p -> p.getElement().getText())
                .anyMatch(text -> text.startsWith("Peer mentoring across partnerships 2027: starts 1 March 2027, runs for 12 months."));
    }

    private static ProgrammeForm programme(String name) {
        ProgrammeForm form = new ProgrammeForm();
        form.setName(name);
        form.setStartsOn(LocalDate.of(2027, 3, 1));
        return form;
    }

    private static IntakeForm mentorIntake() {
        IntakeForm form = new IntakeForm();
        form.setSide(MentoringSide.MENTOR);
        form.setSector(SectorContext.UNIVERSITY);
        form.setExperienceYears(9);
        form.setExperience("Nine years of partnerships with community groups.");
        form.setGoals("To pass on what I learned.");
        form.setActivities(EnumSet.of(ActivityType.SOUNDING_BOARD, ActivityType.FUTURE_PLANNING));
        form.setTopics(EnumSet.of(Topic.POWER_IMBALANCES, Topic.ETHICS));
        form.setValues(EnumSet.of(ValueStatement.SHARING_POWER, ValueStatement.OPEN_CHALLENGE));
        form.setAvailability(EnumSet.of(Availability.WEEKDAY_EVENINGS));
        form.setCapacity(2);
        return form;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Component> T field(Class<T> type, String label) {
        return _get(type, spec -> spec.withLabel(label));
    }
}
