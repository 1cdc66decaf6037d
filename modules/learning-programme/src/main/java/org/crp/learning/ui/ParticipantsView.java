package org.crp.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crp.learning.internal.LearningViews.ParticipantProgress;
import org.crp.learning.internal.LearningViews.Run;
import org.crp.learning.internal.LearningViews.TeamReflection;
import org.crp.learning.internal.ProgrammeService;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.UiFeedback;

import java.util.List;

/**
 * The programme team follows a run's participants: sessions attended, reflections written (their words only
 * when shared) and certificates. Completion is the team's decision; attendance and reflections inform it.
 */
@Route("learning/team/participants")
@PageTitle("learning.participants.title")
@Menu(title = "learning.menu.participants", order = 625, icon = "vaadin:users")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class ParticipantsView extends Main {

    private final ProgrammeService programme;
    private final ComboBox<Run> run = new ComboBox<>();
    private final Grid<ParticipantProgress> grid = new Grid<>();

    public ParticipantsView(ProgrammeService programme) {
        this.programme = programme;
        addClassName("praxis-view");

        List<Run> runs = programme.runs();
        run.setLabel(getTranslation("learning.field.run"));
        run.setItems(runs);
        run.setItemLabelGenerator(Run::name);
        run.addValueChangeListener(e -> refresh());

        grid.addColumn(ParticipantProgress::name).setHeader(getTranslation("learning.field.participant")).setFlexGrow(2);
        grid.addColumn(p -> LearningLabels.kind(this, p.kind())).setHeader(getTranslation("learning.field.kind-short"));
        grid.addColumn(ParticipantProgress::sessionsAttended).setHeader(getTranslation("learning.participants.attended"));
        grid.addComponentColumn(this::reflections).setHeader(getTranslation("learning.participants.reflections")).setFlexGrow(3);
        grid.addComponentColumn(this::certificate).setHeader(getTranslation("learning.participants.certificate")).setFlexGrow(2);
        grid.setAriaLabel(getTranslation("learning.participants.title"));
        grid.setEmptyStateText(getTranslation("learning.participants.empty"));

        add(new H1(getTranslation("learning.participants.title")),
                new Paragraph(getTranslation("learning.participants.intro")), run, grid);
        if (!runs.isEmpty()) {
            run.setValue(runs.getFirst());
        }
    }

    private Component reflections(ParticipantProgress participant) {
        List<TeamReflection> reflections = participant.reflections();
        long shared = reflections.stream().filter(r -> r.sharedBody() != null).count();
        String summary = getTranslation("learning.participants.reflection-count", reflections.size(), shared);
        if (shared == 0) {
            return new Span(summary);
        }
        UnorderedList list = new UnorderedList();
        reflections.forEach(r -> list.add(new ListItem(r.sharedBody() == null
                ? getTranslation("learning.participants.reflection-private", r.sessionTitle())
                : getTranslation("learning.participants.reflection-shared", r.sessionTitle(), r.sharedBody()))));
        return new Details(summary, list);
    }

    private Component certificate(ParticipantProgress participant) {
        if (participant.certificateIssuedOn() != null) {
            return new Span(getTranslation("learning.participants.certificate-issued",
                    LearningLabels.date(participant.certificateIssuedOn())));
        }
        Button issue = new Button(getTranslation("learning.participants.issue"), e -> {
            if (UiFeedback.attempt(() -> programme.issueCertificate(participant.applicationId()),
                    problems -> problems.forEach(UiFeedback::problem))) {
                UiFeedback.success("learning.participants.issued", participant.name());
                refresh();
            }
        });
        issue.setAriaLabel(getTranslation("learning.participants.issue-for", participant.name()));
        return new Div(issue);
    }

    private void refresh() {
        grid.setItems(run.getValue() == null ? List.of() : programme.participants(run.getValue().id()));
    }
}
