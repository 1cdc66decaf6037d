package org.crp.learning.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.crp.learning.internal.ApplicationStatus;
import org.crp.learning.internal.LearningLinks;
import org.crp.learning.internal.LearningTime;
import org.crp.learning.internal.LearningViews.ApplicationSummary;
import org.crp.learning.internal.LearningViews.Run;
import org.crp.learning.internal.ProgrammeService;
import org.praxis.platform.Roles;

import java.util.Arrays;

/** The programme team's queue of applications (never drafts), oldest first, to decide one by one. */
@Route(LearningLinks.QUEUE)
@PageTitle("learning.queue.title")
@Menu(title = "learning.menu.queue", order = 620, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class ApplicationQueueView extends Main {

    private final ProgrammeService programme;
    private final ComboBox<Run> run = new ComboBox<>();
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final Grid<ApplicationSummary> grid = new Grid<>();

    public ApplicationQueueView(ProgrammeService programme, LearningTime time) {
        this.programme = programme;
        addClassName("praxis-view");

        run.setLabel(getTranslation("learning.field.run"));
        run.setItems(programme.runs());
        run.setItemLabelGenerator(Run::name);
        run.setClearButtonVisible(true);
        run.setPlaceholder(getTranslation("learning.queue.any"));
        status.setLabel(getTranslation("learning.field.status"));
        status.setItems(Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT).toList());
        status.setItemLabelGenerator(s -> getTranslation("learning.status." + s.name()));
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("learning.queue.any"));
        status.setValue(ApplicationStatus.SUBMITTED);
        run.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(a -> new RouterLink(a.applicantName(), ApplicationView.class,
                new RouteParameters("id", a.id().toString()))).setHeader(getTranslation("learning.field.applicant")).setFlexGrow(2);
        grid.addColumn(a -> LearningLabels.kind(this, a.kind())).setHeader(getTranslation("learning.field.kind-short"));
        grid.addColumn(ApplicationSummary::runName).setHeader(getTranslation("learning.field.run")).setFlexGrow(2);
        grid.addComponentColumn(a -> LearningLabels.statusBadge(this, a.status()))
                .setHeader(getTranslation("learning.field.status"));
        grid.addColumn(a -> a.bursaryAmount() == null ? "" : getTranslation("learning.bursary-status." + a.bursaryStatus().name(),
                LearningLabels.money(a.bursaryAmount()))).setHeader(getTranslation("learning.field.bursary")).setFlexGrow(2);
        grid.addColumn(a -> LearningLabels.date(a.submittedAt(), time.zone()))
                .setHeader(getTranslation("learning.field.submitted"));
        grid.setAriaLabel(getTranslation("learning.queue.title"));
        grid.setEmptyStateText(getTranslation("learning.queue.empty"));

        HorizontalLayout filters = new HorizontalLayout(run, status);
        filters.setWrap(true);
        add(new H1(getTranslation("learning.queue.title")), new Paragraph(getTranslation("learning.queue.intro")),
                filters, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(programme.queue(run.getValue() == null ? null : run.getValue().id(), status.getValue()));
    }
}
