package org.praxis.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.mentoring.events.SectorContext;
import org.praxis.mentoring.internal.ActivityType;
import org.praxis.mentoring.internal.Availability;
import org.praxis.mentoring.internal.IntakeForm;
import org.praxis.mentoring.internal.MentoringViews.KnownPerson;
import org.praxis.mentoring.internal.MentoringViews.Programme;
import org.praxis.mentoring.internal.ProgrammeService;
import org.praxis.mentoring.internal.Topic;
import org.praxis.mentoring.internal.ValueStatement;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.Role;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Someone's intake to a programme, as a mentee or (with the mentor role) a mentor. */
@Route("mentoring/programmes/:programmeId/intake")
@PageTitle("mentoring.intake.title")
@PermitAll
public class IntakeView extends Main implements BeforeEnterObserver {

    private final ProgrammeService programmes;
    private final CurrentUser currentUser;
    private final ProblemList problems = new ProblemList("mentoring.form.problems");

    public IntakeView(ProgrammeService programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        this.currentUser = currentUser;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Programme programme;
        try {
            programme = programmes.programme(MentoringProgrammeId.of(event.getRouteParameters().get("programmeId").orElse("")));
        } catch (NotFoundException | IllegalArgumentException missing) {
            add(new H1(getTranslation("mentoring.intake.title")), new Paragraph(getTranslation("mentoring.error.programme-not-found")));
            return;
        }
        add(new H1(getTranslation("mentoring.intake.heading", programme.name())),
                new Paragraph(getTranslation("mentoring.intake.intro", programme.minExperienceYears())), problems);

        RadioButtonGroup<MentoringSide> side = new RadioButtonGroup<>(getTranslation("mentoring.intake.side"));
        side.setItems(currentUser.hasRole(Role.MENTOR) ? EnumSet.allOf(MentoringSide.class) : EnumSet.of(MentoringSide.MENTEE));
        side.setItemLabelGenerator(value -> MentoringLabels.label(this, "mentoring.side.", value));
        side.setValue(MentoringSide.MENTEE);
        RadioButtonGroup<SectorContext> sector = new RadioButtonGroup<>(getTranslation("mentoring.intake.sector"));
        sector.setItems(SectorContext.values());
        sector.setItemLabelGenerator(value -> MentoringLabels.label(this, "mentoring.sector.", value));
        IntegerField years = new IntegerField(getTranslation("mentoring.intake.years"));
        years.setMin(0);
        TextArea experience = new TextArea(getTranslation("mentoring.intake.experience"));
        TextArea goals = new TextArea(getTranslation("mentoring.intake.goals"));
        CheckboxGroup<ActivityType> activities = MentoringLabels.choices(this, "mentoring.intake.activities", ActivityType.class, "mentoring.activity.");
        CheckboxGroup<Topic> topics = MentoringLabels.choices(this, "mentoring.intake.topics", Topic.class, "mentoring.topic.");
        CheckboxGroup<ValueStatement> values = MentoringLabels.choices(this, "mentoring.intake.values", ValueStatement.class, "mentoring.value.");
        TextArea approach = new TextArea(getTranslation("mentoring.intake.approach"));
        CheckboxGroup<Availability> availability = MentoringLabels.choices(this, "mentoring.intake.availability", Availability.class, "mentoring.availability.");
        TextField region = new TextField(getTranslation("mentoring.intake.region"));
        IntegerField capacity = new IntegerField(getTranslation("mentoring.intake.capacity"));
        capacity.setValue(1);
        capacity.setMin(1);
        capacity.setMax(IntakeForm.CAPACITY_MAX);
        capacity.setVisible(false);
        side.addValueChangeListener(change -> capacity.setVisible(change.getValue() == MentoringSide.MENTOR));
        MultiSelectComboBox<KnownPerson> avoid = new MultiSelectComboBox<>(getTranslation("mentoring.intake.must-not-match"));
        List<KnownPerson> people = programmes.people();
        avoid.setItems(people);
        avoid.setItemLabelGenerator(KnownPerson::name);
        avoid.setHelperText(getTranslation("mentoring.intake.must-not-match-help"));

        Button send = new Button(getTranslation("mentoring.intake.send"), click -> {
            IntakeForm form = new IntakeForm();
            form.setSide(side.getValue());
            form.setSector(sector.getValue());
            form.setExperienceYears(years.getValue() == null ? 0 : years.getValue());
            form.setExperience(experience.getValue());
            form.setGoals(goals.getValue());
            form.setActivities(activities.getValue());
            form.setTopics(topics.getValue());
            form.setValues(values.getValue());
            form.setApproach(approach.getValue());
            form.setAvailability(availability.getValue());
            form.setRegion(region.getValue());
            form.setCapacity(capacity.getValue() == null ? 0 : capacity.getValue());
            form.setMustNotMatch(avoid.getValue().stream().map(KnownPerson::id).collect(Collectors.toSet()));
            problems.clear();
            if (UiFeedback.attempt(() -> programmes.submitIntake(programme.id(), form), problems::show)) {
                UiFeedback.success("mentoring.intake.sent");
                getUI().ifPresent(ui -> ui.navigate(MentoringView.class));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(side, sector, years, experience, goals, activities, topics, values, approach,
                availability, region, capacity, avoid);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout, send);
    }
}
