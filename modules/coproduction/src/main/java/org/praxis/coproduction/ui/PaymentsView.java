package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.internal.CoproductionTime;
import org.praxis.coproduction.internal.CoproductionViews.Claim;
import org.praxis.coproduction.internal.Money;
import org.praxis.coproduction.internal.PayReports;
import org.praxis.coproduction.internal.PayService;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.nio.charset.StandardCharsets;

/** The team pays approved claims (day and reference) and downloads the finance export. */
@Route("coproduction/payments")
@PageTitle("coproduction.payments.title")
@Menu(title = "coproduction.menu.payments", order = 86, icon = "vaadin:money-exchange")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class PaymentsView extends Main {

    private final PayService pay;
    private final PayReports reports;
    private final CoproductionTime time;

    public PaymentsView(PayService pay, PayReports reports, CoproductionTime time) {
        this.pay = pay;
        this.reports = reports;
        this.time = time;
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("coproduction.payments.title")),
                new Div(CoproductionLabels.download(getTranslation("coproduction.payments.export"), "claims.csv",
                        "text/csv", () -> reports.financeCsv().getBytes(StandardCharsets.UTF_8))));
        var approved = pay.approvedToPay();
        if (approved.isEmpty()) {
            add(new Paragraph(getTranslation("coproduction.payments.empty")));
        }
        approved.forEach(claim -> add(claim(claim)));
    }

    private Section claim(Claim claim) {
        Section section = new Section(new H2(getTranslation("coproduction.payments.heading", claim.coproducerName(),
                Money.pounds(claim.amount()))));
        section.addClassName("praxis-card");
        section.add(new Paragraph(getTranslation("coproduction.payments.detail", claim.elementTitle(),
                CoproductionLabels.date(claim.workDate()),
                getTranslation("coproduction.payment." + claim.paymentMethod().name()))));
        DatePicker paidOn = new DatePicker(getTranslation("coproduction.payments.paid-on"));
        paidOn.setValue(time.today());
        TextField reference = new TextField(getTranslation("coproduction.payments.reference"));
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Button paid = new Button(getTranslation("coproduction.payments.mark-paid"), e -> {
            if (paidOn.getValue() == null) {
                problems.show(java.util.List.of("coproduction.validation.paid-on-range"));
                return;
            }
            if (UiFeedback.attempt(() -> pay.markPaid(claim.id(), claim.version(), paidOn.getValue(),
                    reference.getValue()), problems::show)) {
                UiFeedback.success("coproduction.payments.marked");
                refresh();
            }
        });
        paid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(problems, paidOn, reference, new Div(paid));
        return section;
    }
}
