package org.praxis.matchmaking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.matchmaking.internal.MatchmakingLinks;
import org.praxis.matchmaking.internal.MatchmakingTime;
import org.praxis.matchmaking.internal.MatchmakingViews.Budget;
import org.praxis.matchmaking.internal.MatchmakingViews.SeedApplication;
import org.praxis.matchmaking.internal.PayeeKind;
import org.praxis.matchmaking.internal.PaymentForm;
import org.praxis.matchmaking.internal.SeedFundService;
import org.praxis.matchmaking.internal.SeedStatus;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

/**
 * The programme team's seed fund: the budget (committed, paid, remaining), whether the panel reviews anonymised,
 * and the awards to pay, each paid to a university, a community organisation (no university account needed) or
 * a person.
 */
@Route(MatchmakingLinks.FUND)
@PageTitle("matchmaking.fund.title")
@Menu(title = "matchmaking.menu.fund", order = 74, icon = "vaadin:piggy-bank-coin")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class SeedFundView extends Main {

    private final SeedFundService seedFund;
    private final MatchmakingTime time;
    private final ProblemList problems = new ProblemList("matchmaking.form.problems");

    public SeedFundView(SeedFundService seedFund, MatchmakingTime time) {
        this.seedFund = seedFund;
        this.time = time;
        addClassName("praxis-view");
        render();
    }

    private void render() {
        removeAll();
        Budget budget = seedFund.budget();
        add(new H1(getTranslation("matchmaking.fund.title")), problems,
                new Paragraph(getTranslation("matchmaking.fund.figures", MatchmakingLabels.money(budget.budget()),
                        MatchmakingLabels.money(budget.committed()), MatchmakingLabels.money(budget.paid()),
                        MatchmakingLabels.money(budget.remaining()))));
        BigDecimalField amount = new BigDecimalField(getTranslation("matchmaking.field.budget"));
        amount.setValue(budget.budget());
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
        Checkbox anonymised = new Checkbox(getTranslation("matchmaking.field.anonymised"), budget.anonymisedReview());
        Button save = new Button(getTranslation("action.save"), e -> {
            if (UiFeedback.attempt(() -> seedFund.setBudget(budget.version(), amount.getValue(), anonymised.getValue()),
                    problems::show)) {
                UiFeedback.success("matchmaking.fund.saved");
                render();
            }
        });
        add(new Section(new H2(getTranslation("matchmaking.fund.budget")), new FormLayout(amount, anonymised), save),
                new H2(getTranslation("matchmaking.fund.awards")));
        var awards = seedFund.awards();
        if (awards.isEmpty()) {
            add(new Paragraph(getTranslation("matchmaking.fund.no-awards")));
        }
        for (SeedApplication award : awards) {
            Section card = new Section(new com.vaadin.flow.component.html.H3(award.partnershipName()),
                    new Paragraph(getTranslation("matchmaking.fund.award", MatchmakingLabels.money(award.awarded()),
                            getTranslation("matchmaking.side." + award.heldBy().name()), award.communityName(),
                            award.researcherName())),
                    MatchmakingLabels.status(this, "matchmaking.seed-status." + award.status().name()));
            if (award.status() == SeedStatus.APPROVED) {
                card.add(payment(award));
            } else if (award.paidOn() != null) {
                card.add(new Paragraph(getTranslation("matchmaking.partnership.paid",
                        MatchmakingLabels.money(award.paidAmount()), award.payeeName(), award.paidOn().toString())));
            }
            card.addClassName("praxis-card");
            add(card);
        }
    }

    private Section payment(SeedApplication award) {
        TextField payee = new TextField(getTranslation("matchmaking.field.payee"));
        payee.setMaxLength(PaymentForm.PAYEE_MAX);
        Select<PayeeKind> kind = new Select<>();
        kind.setLabel(getTranslation("matchmaking.field.payee-kind"));
        kind.setItems(PayeeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("matchmaking.payee." + k.name()));
        TextField reference = new TextField(getTranslation("matchmaking.field.reference"));
        reference.setMaxLength(PaymentForm.REFERENCE_MAX);
        DatePicker paidOn = new DatePicker(getTranslation("matchmaking.field.paid-on"), time.today());
        Button record = new Button(getTranslation("matchmaking.fund.record-payment"), e -> {
            PaymentForm form = new PaymentForm();
            form.setPayeeName(payee.getValue());
            form.setPayeeKind(kind.getValue());
            form.setReference(reference.getValue());
            form.setPaidOn(paidOn.getValue());
            if (UiFeedback.attempt(() -> seedFund.recordPayment(award.id(), award.version(), form), problems::show)) {
                UiFeedback.success("matchmaking.fund.paid");
                render();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setAriaLabel(getTranslation("matchmaking.fund.record-payment") + ": " + award.partnershipName());
        return new Section(new FormLayout(payee, kind, reference, paidOn), record);
    }
}
