package org.praxis.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.mentoring.events.MatchDraftId;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.mentoring.internal.Cadence;
import org.praxis.mentoring.internal.MatchingService;
import org.praxis.mentoring.internal.MentoringFormat;
import org.praxis.mentoring.internal.MentoringViews.Activity;
import org.praxis.mentoring.internal.MentoringViews.DraftSummary;
import org.praxis.mentoring.internal.MentoringViews.Intake;
import org.praxis.mentoring.internal.MentoringViews.Programme;
import org.praxis.mentoring.internal.ProgrammeForm;
import org.praxis.mentoring.internal.ProgrammeKind;
import org.praxis.mentoring.internal.ProgrammeService;
import org.praxis.mentoring.internal.RelationshipService;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.List;

/**
 * The programme team's page: each programme with its intakes, cohort matches and pairs' activity (meetings held,
 * the last one: never what was said), and a form for a new programme.
 */
@Route("mentoring/programmes")
@PageTitle("mentoring.programmes.title")
@Menu(title = "mentoring.menu.programmes", order = 61, icon = "vaadin:group")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class ProgrammesView extends Main {

    private final ProgrammeService programmes;
    private final MatchingService matching;
    private final RelationshipService relationships;
    private final ProblemList problems = new ProblemList("mentoring.form.problems");

    public ProgrammesView(ProgrammeService programmes, MatchingService matching, RelationshipService relationships) {
        this.programmes = programmes;
        this.matching = matching;
        this.relationships = relationships;
        addClassName("praxis-view");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("mentoring.programmes.title")));
        add(checkIns());
        for (Programme programme : programmes.programmes()) {
            add(programmeCard(programme));
        }
        add(newProgrammeForm());
    }

    private Section programmeCard(Programme programme) {
        List<Intake> intakes = programmes.intakes(programme.id());
        long mentors = intakes.stream().filter(i -> i.side() == MentoringSide.MENTOR).count();
        Section card = new Section(new H2(programme.name()),
                new Paragraph(getTranslation("mentoring.programmes.summary",
                        MentoringLabels.label(this, "mentoring.kind.", programme.kind()), programme.lengthMonths(),
                        MentoringLabels.date(programme.startsOn()), MentoringLabels.date(programme.endsOn()))),
                new Paragraph(getTranslation("mentoring.programmes.intakes", intakes.size() - mentors, mentors)));
        card.addClassName("praxis-card");
        Button run = new Button(getTranslation("mentoring.programmes.run-match"), click -> {
            MatchDraftId[] draft = new MatchDraftId[1];
            if (UiFeedback.attempt(() -> draft[0] = matching.runCohortMatch(programme.id()), problems::show)) {
                getUI().ifPresent(ui -> ui.navigate(DraftView.class, new RouteParameters("id", draft[0].toString())));
            }
        });
        run.getElement().setAttribute("aria-label", getTranslation("mentoring.programmes.run-match-for", programme.name()));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(run);
        for (DraftSummary draft : matching.drafts(programme.id())) {
            card.add(new Paragraph(new RouterLink(getTranslation("mentoring.programmes.draft-line",
                    MentoringLabels.dateTime(draft.createdAt()), draft.pairs(),
                    getTranslation("mentoring.draft-status." + draft.status().name())), DraftView.class,
                    new RouteParameters("id", draft.id().toString()))));
        }
        List<Activity> activity = relationships.activity(programme.id());
        if (!activity.isEmpty()) {
            card.add(new H2(getTranslation("mentoring.programmes.pairs")));
            for (Activity pair : activity) {
                card.add(new Paragraph(getTranslation("mentoring.programmes.pair-activity",
                        pair.relationship().mentorName(), pair.relationship().menteeName(), pair.meetingsHeld(),
                        pair.lastMeeting() == null ? getTranslation("mentoring.programmes.no-meeting")
                                : MentoringLabels.date(pair.lastMeeting()),
                        getTranslation("mentoring.relationship-status." + pair.relationship().status().name()))));
            }
        }
        return card;
    }

    /** Quiet pairs (no meeting for weeks, even after a nudge): check in with them, then mark it done. */
    private Section checkIns() {
        Section section = new Section(new H2(getTranslation("mentoring.programmes.check-ins")));
        section.addClassName("praxis-card");
        var tasks = relationships.careTasks();
        if (tasks.isEmpty()) {
            section.add(new Paragraph(getTranslation("mentoring.programmes.no-check-ins")));
        }
        for (var task : tasks) {
            String pair = getTranslation("mentoring.programmes.check-in", task.relationship().mentorName(),
                    task.relationship().menteeName(), MentoringLabels.date(task.quietSince()));
            Button done = new Button(getTranslation("mentoring.programmes.check-in-done"), click -> {
                if (UiFeedback.attempt(() -> relationships.completeCareTask(task.id()), problems::show)) {
                    render();
                }
            });
            done.getElement().setAttribute("aria-label", getTranslation("mentoring.programmes.check-in-done-for", pair));
            section.add(new Paragraph(pair), done);
        }
        return section;
    }

    private Section newProgrammeForm() {
        TextField name = new TextField(getTranslation("mentoring.programmes.name"));
        RadioButtonGroup<ProgrammeKind> kind = new RadioButtonGroup<>(getTranslation("mentoring.programmes.kind"));
        kind.setItems(ProgrammeKind.values());
        kind.setItemLabelGenerator(value -> MentoringLabels.label(this, "mentoring.kind.", value));
        kind.setValue(ProgrammeKind.COHORT);
        RadioButtonGroup<MentoringFormat> format = new RadioButtonGroup<>(getTranslation("mentoring.programmes.format"));
        format.setItems(MentoringFormat.values());
        format.setItemLabelGenerator(value -> MentoringLabels.label(this, "mentoring.format.", value));
        format.setValue(MentoringFormat.ONE_TO_ONE);
        Select<Cadence> cadence = new Select<>();
        cadence.setLabel(getTranslation("mentoring.programmes.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(value -> MentoringLabels.label(this, "mentoring.cadence.", value));
        cadence.setValue(Cadence.MONTHLY);
        IntegerField length = new IntegerField(getTranslation("mentoring.programmes.length"));
        length.setValue(ProgrammeForm.DEFAULT_LENGTH_MONTHS);
        DatePicker starts = new DatePicker(getTranslation("mentoring.programmes.starts"));
        IntegerField experience = new IntegerField(getTranslation("mentoring.programmes.min-experience"));
        experience.setValue(ProgrammeForm.DEFAULT_MIN_EXPERIENCE_YEARS);
        Checkbox crossContext = new Checkbox(getTranslation("mentoring.programmes.cross-context"), true);
        Button create = new Button(getTranslation("mentoring.programmes.create"), click -> {
            ProgrammeForm form = new ProgrammeForm();
            form.setName(name.getValue());
            form.setKind(kind.getValue());
            form.setFormat(format.getValue());
            form.setCadence(cadence.getValue());
            form.setLengthMonths(length.getValue() == null ? 0 : length.getValue());
            form.setStartsOn(starts.getValue());
            form.setMinExperienceYears(experience.getValue() == null ? 0 : experience.getValue());
            form.setCrossContextRequired(crossContext.getValue());
            problems.clear();
            if (UiFeedback.attempt(() -> programmes.create(form), problems::show)) {
                UiFeedback.success("mentoring.programmes.created");
                render();
            }
        });
        FormLayout layout = new FormLayout(name, kind, format, cadence, length, starts, experience, crossContext);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Section section = new Section(new H2(getTranslation("mentoring.programmes.new")), problems, layout, create);
        section.addClassName("praxis-card");
        return section;
    }
}
