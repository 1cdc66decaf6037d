package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.internal.ClaimForm;
import org.praxis.coproduction.internal.CoproductionViews.Claim;
import org.praxis.coproduction.internal.CoproductionViews.Coproducer;
import org.praxis.coproduction.internal.CoproductionViews.Element;
import org.praxis.coproduction.internal.Money;
import org.praxis.coproduction.internal.PayService;
import org.praxis.coproduction.internal.ClaimStatus;
import org.praxis.coproduction.internal.PaymentMethod;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.math.BigDecimal;

/**
 * A co-producer's pay: how they choose to be paid (with a pointer to benefits advice), claiming a day's work
 * (hours, sessions, expenses; never a rate or an amount) and their own claims with where each one is.
 */
@Route("coproduction/my-claims")
@PageTitle("coproduction.my-claims.title")
@Menu(title = "coproduction.menu.my-claims", order = 84, icon = "vaadin:wallet")
@RolesAllowed(Roles.CO_PRODUCER)
public class MyClaimsView extends Main {

    private final PayService pay;

    public MyClaimsView(PayService pay) {
        this.pay = pay;
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("coproduction.my-claims.title")));
        Coproducer me;
        try {
            me = pay.me();
        } catch (ProblemException noAgreement) {
            add(new Paragraph(getTranslation(noAgreement.messageKey())));
            return;
        }
        addPaymentChoice(me);
        addClaimForm();
        add(new H2(getTranslation("coproduction.my-claims.yours")));
        var claims = pay.myClaims();
        if (claims.isEmpty()) {
            add(new Paragraph(getTranslation("coproduction.my-claims.none")));
        }
        UnorderedList list = new UnorderedList();
        claims.forEach(claim -> list.add(new ListItem(line(claim))));
        add(list);
    }

    private void addPaymentChoice(Coproducer me) {
        RadioButtonGroup<PaymentMethod> method = new RadioButtonGroup<>(getTranslation("coproduction.my-claims.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("coproduction.payment." + m.name()));
        method.setValue(me.paymentMethod());
        method.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null
                    && UiFeedback.attempt(() -> pay.choosePaymentMethod(e.getValue(), me.version()),
                    problems -> UiFeedback.problem(problems.getFirst()))) {
                UiFeedback.success("coproduction.my-claims.method-saved");
                refresh();
            }
        });
        add(new H2(getTranslation("coproduction.my-claims.how-paid")), method,
                new Paragraph(getTranslation("coproduction.payment.benefits-advice")));
    }

    private void addClaimForm() {
        Select<Element> element = new Select<>();
        element.setLabel(getTranslation("coproduction.my-claims.element"));
        element.setItems(pay.elements());
        element.setItemLabelGenerator(e -> e.project() + ": " + e.title());
        DatePicker day = new DatePicker(getTranslation("coproduction.my-claims.day"));
        BigDecimalField hours = new BigDecimalField(getTranslation("coproduction.my-claims.hours"));
        hours.setHelperText(getTranslation("coproduction.my-claims.hours-help", ClaimForm.MAX_HOURS_A_DAY));
        IntegerField sessions = new IntegerField(getTranslation("coproduction.my-claims.sessions"));
        BigDecimalField expenses = new BigDecimalField(getTranslation("coproduction.my-claims.expenses"));
        expenses.setPrefixComponent(new Div("£"));
        TextField description = new TextField(getTranslation("coproduction.my-claims.description"));
        description.setWidthFull();
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Button send = new Button(getTranslation("coproduction.my-claims.send"), e -> {
            ClaimForm form = new ClaimForm(element.getValue() == null ? null : element.getValue().id(), day.getValue(),
                    orZero(hours.getValue()), sessions.getValue() == null ? 0 : sessions.getValue(),
                    orZero(expenses.getValue()), description.getValue());
            if (UiFeedback.attempt(() -> pay.claim(form), problems::show)) {
                UiFeedback.success("coproduction.my-claims.sent");
                refresh();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("coproduction.my-claims.new")),
                new Paragraph(getTranslation("coproduction.my-claims.new-help")), problems, element, day, hours,
                sessions, expenses, description, new Div(send));
    }

    private Paragraph line(Claim claim) {
        boolean declined = claim.paymentMethod() == PaymentMethod.DECLINE;
        String status = declined && claim.status() == ClaimStatus.PAID
                ? getTranslation("coproduction.my-claims.declined-settled")
                : getTranslation("coproduction.claim-status." + claim.status().name());
        String text = getTranslation(declined ? "coproduction.my-claims.line-declined" : "coproduction.my-claims.line",
                CoproductionLabels.date(claim.workDate()), claim.elementTitle(),
                getTranslation("coproduction.claim-kind." + claim.kind().name()), Money.pounds(claim.amount()),
                claim.policyNumber(), status);
        if (claim.paidOn() != null && claim.paymentReference() != null) {
            text += " " + getTranslation("coproduction.my-claims.paid-on", CoproductionLabels.date(claim.paidOn()),
                    claim.paymentReference());
        }
        if (claim.refusalReason() != null) {
            text += " " + getTranslation("coproduction.my-claims.refused-because", claim.refusalReason());
        }
        return new Paragraph(text);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
