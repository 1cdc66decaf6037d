package org.praxis.reciprocation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Role;
import org.praxis.platform.Roles;
import org.praxis.reciprocation.internal.AgreementService;
import org.praxis.reciprocation.internal.AgreementViews.AgreementSummary;

import java.util.List;

/**
 * Agreements: the programme team sees every institution's; an institution lead sees their own
 * organisation's. Each links to its page.
 */
@Route("agreements")
@PageTitle("reciprocation.agreements.title")
@Menu(title = "reciprocation.menu.agreements", order = 40, icon = "vaadin:handshake")
@RolesAllowed({Roles.PROGRAMME_TEAM, Roles.INSTITUTION_LEAD})
public class AgreementsView extends Main {

    public AgreementsView(AgreementService agreements, CurrentUser currentUser) {
        addClassName("praxis-view");
        boolean team = currentUser.hasRole(Role.PROGRAMME_TEAM);
        List<AgreementSummary> all = agreements.agreements();

        Grid<AgreementSummary> grid = new Grid<>();
        grid.addComponentColumn(a -> ReciprocationLabels.linkTo(a.title(), a.id())).setKey("title")
                .setHeader(getTranslation("reciprocation.field.agreement")).setFlexGrow(3);
        if (team) {
            grid.addColumn(AgreementSummary::organisationName)
                    .setHeader(getTranslation("reciprocation.field.institution")).setFlexGrow(2);
        }
        grid.addComponentColumn(a -> ReciprocationLabels.statusBadge(this, a.status()))
                .setHeader(getTranslation("reciprocation.field.status"));
        grid.addColumn(a -> a.proposal() == 0 ? "" : String.valueOf(a.proposal()))
                .setHeader(getTranslation("reciprocation.field.version")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("reciprocation.agreements.done-of", a.itemsDone(), a.itemsTotal()))
                .setHeader(getTranslation("reciprocation.agreements.progress")).setAutoWidth(true);
        grid.addColumn(a -> ReciprocationLabels.date(a.nextDue()))
                .setHeader(getTranslation("reciprocation.agreements.next-due")).setAutoWidth(true);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("reciprocation.agreements.title"));

        add(new H1(getTranslation("reciprocation.agreements.title")),
                new Paragraph(getTranslation(team ? "reciprocation.agreements.intro-team"
                        : "reciprocation.agreements.intro-lead")));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("reciprocation.agreements.empty")));
        } else {
            add(grid);
        }
    }
}
