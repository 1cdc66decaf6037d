package org.praxis.coproduction.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.internal.CoproductionViews.MonthTotal;
import org.praxis.coproduction.internal.CoproductionViews.PayDashboard;
import org.praxis.coproduction.internal.Money;
import org.praxis.coproduction.internal.PayReports;
import org.praxis.platform.Roles;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How quickly people are paid, in the open and without names: for the team and co-producers alike. */
@Route("coproduction/pay-dashboard")
@PageTitle("coproduction.pay-dashboard.title")
@Menu(title = "coproduction.menu.pay-dashboard", order = 87, icon = "vaadin:chart")
@RolesAllowed({Roles.PROGRAMME_TEAM, Roles.CO_PRODUCER})
public class PayDashboardView extends Main {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public PayDashboardView(PayReports reports) {
        addClassName("praxis-view");
        PayDashboard dashboard = reports.dashboard();
        add(new H1(getTranslation("coproduction.pay-dashboard.title")),
                new Paragraph(getTranslation("coproduction.pay-dashboard.intro", dashboard.promisedDays())));
        if (dashboard.medianDaysToPay() == null) {
            add(new Paragraph(getTranslation("coproduction.pay-dashboard.none-paid")));
        } else {
            add(new Paragraph(getTranslation("coproduction.pay-dashboard.median", dashboard.medianDaysToPay())),
                    new Paragraph(getTranslation("coproduction.pay-dashboard.p90",
                            dashboard.ninetiethPercentileDaysToPay())));
        }
        add(new Paragraph(getTranslation("coproduction.pay-dashboard.waiting", dashboard.claimsWaiting())),
                new H2(getTranslation("coproduction.pay-dashboard.by-month")));
        UnorderedList months = new UnorderedList();
        for (MonthTotal month : dashboard.paidByMonth()) {
            months.add(new ListItem(getTranslation("coproduction.pay-dashboard.month", MONTH.format(month.month()),
                    Money.pounds(month.total()))));
        }
        add(months);
    }
}
