package org.praxis.requests.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.platform.Roles;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.internal.RequestStatus;
import org.praxis.requests.internal.RequestViews.QueueFilter;
import org.praxis.requests.internal.RequestViews.RequestSummary;
import org.praxis.requests.internal.SupportRequestService;

import java.util.Arrays;

/** The programme team's queue of submitted requests, oldest first, with filters. Pages from the database. */
@Route("requests/queue")
@PageTitle("requests.queue.title")
@Menu(title = "requests.menu.queue", order = 20, icon = "vaadin:inbox")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class RequestQueueView extends Main {

    private final SupportRequestService requests;
    private final Grid<RequestSummary> grid = new Grid<>();
    private final Select<RequestStatus> status = new Select<>();
    private final Select<DeliveryMode> mode = new Select<>();
    private final TextField text = new TextField();

    public RequestQueueView(SupportRequestService requests) {
        this.requests = requests;
        addClassName("praxis-view");

        status.setLabel(getTranslation("requests.field.status"));
        status.setItems(Arrays.stream(RequestStatus.values()).filter(s -> s != RequestStatus.DRAFT).toList());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("requests.queue.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("requests.queue.any") : RequestLabels.status(this, s));
        status.setValue(RequestStatus.SUBMITTED);

        mode.setLabel(getTranslation("requests.column.mode"));
        mode.setItems(DeliveryMode.values());
        mode.setEmptySelectionAllowed(true);
        mode.setEmptySelectionCaption(getTranslation("requests.queue.any"));
        mode.setItemLabelGenerator(m -> m == null ? getTranslation("requests.queue.any") : RequestLabels.mode(this, m));

        text.setLabel(getTranslation("requests.queue.search"));
        text.setHelperText(getTranslation("requests.queue.search-help"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);

        status.addValueChangeListener(e -> refresh());
        mode.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(RequestLabels::linkTo).setHeader(getTranslation("requests.field.title")).setFlexGrow(3);
        grid.addColumn(RequestSummary::organisationName).setHeader(getTranslation("requests.field.organisation"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.mode() == null ? "" : RequestLabels.mode(this, r.mode()))
                .setHeader(getTranslation("requests.column.mode")).setFlexGrow(2);
        grid.addComponentColumn(r -> RequestLabels.statusBadge(this, r.status()))
                .setHeader(getTranslation("requests.field.status"));
        grid.addColumn(r -> RequestLabels.date(r.timelineStart())).setHeader(getTranslation("requests.column.start"))
                .setAutoWidth(true);
        grid.addColumn(r -> RequestLabels.dateTime(r.submittedAt()))
                .setHeader(getTranslation("requests.field.submitted")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("requests.queue.title"));
        grid.setEmptyStateText(getTranslation("requests.queue.empty"));

        HorizontalLayout filters = new HorizontalLayout(status, mode, text);
        filters.setWrap(true);
        add(new H1(getTranslation("requests.queue.title")), new Paragraph(getTranslation("requests.queue.intro")),
                filters, grid);
        refresh();
    }

    private void refresh() {
        QueueFilter filter = new QueueFilter(status.getValue(), mode.getValue(), text.getValue());
        grid.setItems(query -> requests.queue(filter, query.getOffset(), query.getLimit()).stream(),
                query -> requests.countQueue(filter));
    }
}
