package org.praxis.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.assessment.internal.AssessmentService;
import org.praxis.assessment.internal.AssessmentStatus;
import org.praxis.assessment.internal.AssessmentViews.QueueRow;
import org.praxis.platform.Roles;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Submitted requests waiting for (or in) needs assessment, oldest first. */
@Route("assessments")
@PageTitle("assessment.queue.title")
@Menu(title = "assessment.menu.queue", order = 21, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class AssessmentQueueView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);

    private final AssessmentService assessments;
    private final Grid<QueueRow> grid = new Grid<>();
    private final Select<AssessmentStatus> status = new Select<>();

    public AssessmentQueueView(AssessmentService assessments) {
        this.assessments = assessments;
        addClassName("praxis-view");

        status.setLabel(getTranslation("assessment.field.status"));
        status.setItems(AssessmentStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("assessment.queue.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("assessment.queue.any")
                : getTranslation("assessment.status." + s.name()));
        status.setValue(AssessmentStatus.AWAITING);
        status.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(row -> new RouterLink(row.title(), AssessmentView.class,
                new RouteParameters("requestId", row.requestId().toString())))
                .setHeader(getTranslation("assessment.field.request")).setFlexGrow(3);
        grid.addColumn(QueueRow::organisationName).setHeader(getTranslation("assessment.field.organisation")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation("requests.mode." + row.mode().name()))
                .setHeader(getTranslation("assessment.field.mode")).setFlexGrow(2);
        grid.addComponentColumn(row -> badge(getTranslation("assessment.status." + row.status().name())))
                .setHeader(getTranslation("assessment.field.status")).setAutoWidth(true);
        grid.addColumn(row -> row.assessorName() == null ? getTranslation("assessment.queue.nobody") : row.assessorName())
                .setHeader(getTranslation("assessment.field.assessor"));
        grid.addColumn(row -> DATE.format(row.timelineStart())).setHeader(getTranslation("assessment.field.start"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("assessment.queue.title"));
        grid.setEmptyStateText(getTranslation("assessment.queue.empty"));

        add(new H1(getTranslation("assessment.queue.title")), new Paragraph(getTranslation("assessment.queue.intro")),
                status, grid);
        refresh();
    }

    private void refresh() {
        AssessmentStatus filter = status.getValue();
        grid.setItems(query -> assessments.queue(filter, query.getOffset(), query.getLimit()).stream(),
                query -> assessments.count(filter));
    }

    static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("praxis-status");
        return badge;
    }
}
