package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import jakarta.annotation.security.PermitAll;
import org.praxis.coproduction.internal.CoproductionViews.Claim;
import org.praxis.coproduction.internal.Money;
import org.praxis.coproduction.internal.PayService;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

/** Claims waiting for the signed-in person, as lead of the elements they were made for. */
@Route("coproduction/approvals")
@PageTitle("coproduction.approvals.title")
@Menu(title = "coproduction.menu.approvals", order = 85, icon = "vaadin:check-square-o")
@PermitAll
public class ApprovalsView extends Main {

    private final PayService pay;

    public ApprovalsView(PayService pay) {
        this.pay = pay;
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("coproduction.approvals.title")));
        var waiting = pay.waitingForMyApproval();
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("coproduction.approvals.empty")));
        }
        waiting.forEach(claim -> add(claim(claim)));
    }

    private Section claim(Claim claim) {
        Section section = new Section(new H2(getTranslation("coproduction.approvals.heading", claim.coproducerName(),
                CoproductionLabels.date(claim.workDate()))));
        section.addClassName("praxis-card");
        section.add(new Paragraph(getTranslation("coproduction.approvals.detail", claim.elementTitle(), claim.hours(),
                claim.sessions(), Money.pounds(claim.expensesSpent()), Money.pounds(claim.amount()))),
                new Paragraph(claim.description()));
        TextField reason = new TextField(getTranslation("coproduction.approvals.reason"));
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Button approve = new Button(getTranslation("coproduction.approvals.approve"), e -> {
            if (UiFeedback.attempt(() -> pay.approve(claim.id(), claim.version()), problems::show)) {
                UiFeedback.success("coproduction.approvals.approved");
                refresh();
            }
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.getElement().setAttribute("aria-label", getTranslation("coproduction.approvals.approve-for",
                claim.coproducerName(), CoproductionLabels.date(claim.workDate())));
        Button refuse = new Button(getTranslation("coproduction.approvals.refuse"), e -> {
            if (UiFeedback.attempt(() -> pay.refuse(claim.id(), claim.version(), reason.getValue()), problems::show)) {
                refresh();
            }
        });
        section.add(problems, new Div(approve), reason, new Div(refuse));
        return section;
    }
}
