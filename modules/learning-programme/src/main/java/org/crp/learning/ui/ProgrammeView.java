package org.crp.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.crp.learning.internal.LearningLinks;
import org.crp.learning.internal.LearningViews.ApplicationSummary;
import org.crp.learning.internal.LearningViews.Run;
import org.crp.learning.internal.ProgrammeService;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Role;

import java.util.List;
import java.util.Optional;

/**
 * The learning programme: what it is, its Core Principles, and a way in. Each run shows its dates, its
 * description and the principles applicants sign up to, with an "Apply" button while applications are open.
 */
@Route(LearningLinks.PROGRAMME)
@PageTitle("learning.programme.title")
@Menu(title = "learning.menu.programme", order = 600, icon = "vaadin:academy-cap")
@PermitAll
public class ProgrammeView extends Main {

    public ProgrammeView(ProgrammeService programme, CurrentUser currentUser) {
        addClassName("praxis-view");
        add(new H1(getTranslation("learning.programme.title")),
                new Paragraph(getTranslation("learning.programme.intro")));
        boolean team = currentUser.hasRole(Role.PROGRAMME_TEAM);
        if (team) {
            Button create = new Button(getTranslation("learning.programme.new-run"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(RunEditorView.class)));
            add(create);
        }
        List<Run> runs = programme.runs();
        if (runs.isEmpty()) {
            add(new Paragraph(getTranslation("learning.programme.no-runs")));
        }
        for (Run run : runs) {
            add(runSection(programme, run, team));
        }
    }

    private Section runSection(ProgrammeService programme, Run run, boolean team) {
        Section section = new Section();
        section.addClassName("praxis-card");
        section.add(new H2(run.name()),
                new Paragraph(getTranslation("learning.programme.dates", LearningLabels.date(run.startsOn()),
                        LearningLabels.date(run.endsOn()))));
        if (run.organiserName() != null) {
            section.add(new Paragraph(getTranslation("learning.programme.organiser", run.organiserName())));
        }
        run.description().lines().filter(line -> !line.isBlank()).forEach(line -> section.add(new Paragraph(line)));

        if (!run.principles().isEmpty()) {
            section.add(new H3(getTranslation("learning.programme.principles")),
                    new Paragraph(getTranslation("learning.programme.principles-intro")));
            UnorderedList principles = new UnorderedList();
            run.principles().forEach(principle -> principles.add(new ListItem(principle)));
            section.add(principles);
        }

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        Optional<ApplicationSummary> mine = programme.myApplicationTo(run.id());
        if (mine.isPresent()) {
            actions.add(new RouterLink(getTranslation("learning.programme.your-application",
                    getTranslation("learning.status." + mine.get().status().name())), ApplicationView.class,
                    new RouteParameters("id", mine.get().id().toString())));
        } else if (programme.acceptsApplications(run)) {
            Button apply = new Button(getTranslation("learning.programme.apply"), e -> getUI().ifPresent(ui ->
                    ui.navigate(ApplicationEditorView.class, new RouteParameters("runId", run.id().toString()))));
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            apply.setAriaLabel(getTranslation("learning.programme.apply-to", run.name()));
            actions.add(apply);
        } else {
            actions.add(new Paragraph(getTranslation("learning.programme.closed")));
        }
        if (team) {
            actions.add(new Button(getTranslation("learning.programme.edit-run"), e -> getUI().ifPresent(ui ->
                    ui.navigate(RunEditorView.class, new RouteParameters("id", run.id().toString())))));
            actions.add(new Button(getTranslation("learning.sessions.schedule"), e -> getUI().ifPresent(ui ->
                    ui.navigate(SessionEditorView.class, new RouteParameters("runId", run.id().toString())))));
        }
        section.add(new Div(actions));
        return section;
    }
}
