package org.praxis.reciprocation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Role;
import org.praxis.platform.Roles;
import org.praxis.reciprocation.internal.LedgerService;
import org.praxis.reciprocation.internal.LedgerViews.Balance;

/**
 * The ledger: for the programme team, every institution's balance of support received and
 * contributions given back, each linking to its statement; an institution lead goes straight to
 * their own organisation's statement.
 */
@Route("ledger")
@PageTitle("reciprocation.ledger.title")
@Menu(title = "reciprocation.menu.ledger", order = 45, icon = "vaadin:scale")
@RolesAllowed({Roles.PROGRAMME_TEAM, Roles.INSTITUTION_LEAD})
public class LedgerView extends Main implements BeforeEnterObserver {

    private final LedgerService ledger;
    private final CurrentUser currentUser;

    public LedgerView(LedgerService ledger, CurrentUser currentUser) {
        this.ledger = ledger;
        this.currentUser = currentUser;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!currentUser.hasRole(Role.PROGRAMME_TEAM)) {
            event.forwardTo(StatementView.class,
                    new RouteParameters("organisation", currentUser.require().organisationId().toString()));
            return;
        }
        removeAll();
        Grid<Balance> grid = new Grid<>();
        grid.addComponentColumn(b -> new RouterLink(b.organisationName(), StatementView.class,
                        new RouteParameters("organisation", b.organisationId().toString())))
                .setHeader(getTranslation("reciprocation.field.institution")).setFlexGrow(3);
        grid.addColumn(b -> getTranslation("reciprocation.ledger.items-hours", b.totals().supportItemsReceived(),
                b.totals().hoursReceived())).setHeader(getTranslation("reciprocation.ledger.received")).setFlexGrow(2);
        grid.addColumn(b -> getTranslation("reciprocation.ledger.items-hours", b.totals().contributionsDelivered(),
                b.totals().contributionHoursDelivered())).setHeader(getTranslation("reciprocation.ledger.given"))
                .setFlexGrow(2);
        grid.addColumn(b -> balance(b.totals().hoursBalance()))
                .setHeader(getTranslation("reciprocation.ledger.balance")).setFlexGrow(2);
        grid.addColumn(b -> b.memberSince() == null ? getTranslation("reciprocation.ledger.not-yet")
                        : ReciprocationLabels.day(b.memberSince()))
                .setHeader(getTranslation("reciprocation.ledger.member-since"));
        var balances = ledger.balances();
        grid.setItems(balances);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("reciprocation.ledger.title"));
        add(new H1(getTranslation("reciprocation.ledger.title")),
                new Paragraph(getTranslation("reciprocation.ledger.intro-team")));
        if (balances.isEmpty()) {
            add(new Paragraph(getTranslation("reciprocation.ledger.empty")));
        } else {
            add(grid);
        }
    }

    private String balance(int hours) {
        return StatementView.balanceText(this, hours);
    }
}
