package org.praxis.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.platform.Roles;
import org.praxis.requests.internal.RequestViews.RequestSummary;
import org.praxis.requests.internal.SupportRequestService;

import java.util.List;

/** An institution lead's support requests: drafts, submitted and withdrawn, with their status. */
@Route("requests")
@PageTitle("requests.mine.title")
@Menu(title = "requests.menu.mine", order = 10, icon = "vaadin:file-text-o")
@RolesAllowed(Roles.INSTITUTION_LEAD)
public class MyRequestsView extends Main {

    public MyRequestsView(SupportRequestService requests) {
        addClassName("praxis-view");
        Button create = new Button(getTranslation("requests.mine.new"), VaadinIcon.PLUS.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(RequestEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        List<RequestSummary> mine = requests.myOrganisationRequests();
        Grid<RequestSummary> grid = new Grid<>();
        grid.addComponentColumn(RequestLabels::linkTo).setHeader(getTranslation("requests.field.title")).setFlexGrow(3);
        grid.addComponentColumn(r -> RequestLabels.statusBadge(this, r.status()))
                .setHeader(getTranslation("requests.field.status"));
        grid.addColumn(r -> r.mode() == null ? "" : RequestLabels.mode(this, r.mode()))
                .setHeader(getTranslation("requests.column.mode")).setFlexGrow(2);
        grid.addColumn(r -> RequestLabels.date(r.timelineStart())).setHeader(getTranslation("requests.column.start"));
        grid.addColumn(r -> RequestLabels.dateTime(r.updatedAt())).setHeader(getTranslation("requests.field.updated"));
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("requests.mine.title"));

        add(new H1(getTranslation("requests.mine.title")),
                new Paragraph(getTranslation("requests.mine.intro")), create);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("requests.mine.empty")));
        } else {
            add(grid);
        }
    }
}
