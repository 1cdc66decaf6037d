package org.praxis.matchmaking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.PartnershipId;
import org.praxis.matchmaking.events.SupportKind;
import org.praxis.matchmaking.internal.Development;
import org.praxis.matchmaking.internal.MatchmakingViews.Partnership;
import org.praxis.matchmaking.internal.MatchmakingViews.SeedApplication;
import org.praxis.matchmaking.internal.PartnershipService;
import org.praxis.matchmaking.internal.ReportForm;
import org.praxis.matchmaking.internal.SeedApplicationForm;
import org.praxis.matchmaking.internal.SeedFundService;
import org.praxis.matchmaking.internal.SeedStatus;
import org.praxis.platform.ProblemException;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.List;

/**
 * A partnership as its members see it: who is in it, its seed fund application (up to £1,000 for partnership
 * development), the decision and payment, the short report afterwards, and asking for a mentor or coach.
 */
@Route("matchmaking/partnerships/:id([0-9a-fA-F-]{36})")
@PageTitle("matchmaking.partnership.title")
@PermitAll
public class PartnershipView extends Main implements BeforeEnterObserver {

    private final PartnershipService partnerships;
    private final SeedFundService seedFund;
    private final ProblemList problems = new ProblemList("matchmaking.form.problems");
    private PartnershipId id = new PartnershipId(new java.util.UUID(0, 0));

    public PartnershipView(PartnershipService partnerships, SeedFundService seedFund) {
        this.partnerships = partnerships;
        this.seedFund = seedFund;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = PartnershipId.of(event.getRouteParameters().get("id").orElseThrow());
            partnerships.own(id);
            render();
        } catch (IllegalArgumentException | ProblemException notFound) {
            UiFeedback.problem("matchmaking.error.partnership-not-found");
            event.forwardTo(MyMatchmakingView.class);
        }
    }

    private void render() {
        removeAll();
        Partnership partnership = partnerships.partnership(id);
        add(new H1(partnership.name()), new Paragraph(getTranslation("matchmaking.partnership.members",
                partnership.communityName(), partnership.researcherName(), partnership.eventTitle())));
        if (partnership.brokerName() != null) {
            add(new Paragraph(getTranslation("matchmaking.partnership.broker", partnership.brokerName())));
        }
        add(problems);
        List<SeedApplication> applications = seedFund.forPartnership(id);
        add(new H2(getTranslation("matchmaking.partnership.seed-fund")),
                new Paragraph(getTranslation("matchmaking.partnership.seed-fund-intro")));
        for (SeedApplication application : applications) {
            add(application(application));
        }
        if (applications.stream().allMatch(a -> a.status() == SeedStatus.DECLINED)) {
            add(applyForm());
        }
        add(support());
    }

    private Section application(SeedApplication application) {
        Section card = new Section(
                new Paragraph(getTranslation("matchmaking.partnership.asked", MatchmakingLabels.money(application.amount()),
                        getTranslation("matchmaking.side." + application.heldBy().name()))),
                MatchmakingLabels.status(this, "matchmaking.seed-status." + application.status().name()),
                new Paragraph(application.purpose()));
        if (application.awarded() != null) {
            card.add(new Paragraph(getTranslation("matchmaking.partnership.awarded",
                    MatchmakingLabels.money(application.awarded()))));
        }
        if (!application.decisionNote().isBlank()) {
            card.add(new Paragraph(getTranslation("matchmaking.partnership.note", application.decisionNote())));
        }
        if (application.paidOn() != null) {
            card.add(new Paragraph(getTranslation("matchmaking.partnership.paid",
                    MatchmakingLabels.money(application.paidAmount()), application.payeeName(),
                    application.paidOn().toString())));
        }
        if (application.status() == SeedStatus.PAID) {
            card.add(reportForm(application));
        }
        if (application.report() != null) {
            card.add(new Paragraph(getTranslation("matchmaking.partnership.reported", application.report())));
        }
        card.addClassName("praxis-card");
        return card;
    }

    private Section applyForm() {
        BigDecimalField amount = new BigDecimalField(getTranslation("matchmaking.field.amount"));
        amount.setHelperText(getTranslation("matchmaking.field.amount-help"));
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
        TextArea purpose = new TextArea(getTranslation("matchmaking.field.purpose"));
        purpose.setHelperText(getTranslation("matchmaking.field.purpose-help"));
        purpose.setMaxLength(SeedApplicationForm.PURPOSE_MAX);
        RadioButtonGroup<AttendeeSide> heldBy = new RadioButtonGroup<>(getTranslation("matchmaking.field.held-by"));
        heldBy.setItems(AttendeeSide.COMMUNITY, AttendeeSide.RESEARCHER);
        heldBy.setItemLabelGenerator(s -> getTranslation("matchmaking.side." + s.name()));
        Button apply = new Button(getTranslation("matchmaking.partnership.apply"), e -> {
            SeedApplicationForm form = new SeedApplicationForm();
            form.setAmount(amount.getValue());
            form.setPurpose(purpose.getValue());
            form.setHeldBy(heldBy.getValue());
            if (UiFeedback.attempt(() -> seedFund.apply(id, form), problems::show)) {
                UiFeedback.success("matchmaking.partnership.applied");
                render();
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Section(new FormLayout(amount, heldBy, purpose), apply);
    }

    private Section reportForm(SeedApplication application) {
        RadioButtonGroup<Development> developed = new RadioButtonGroup<>(getTranslation("matchmaking.field.developed"));
        developed.setItems(Development.values());
        developed.setItemLabelGenerator(d -> getTranslation("matchmaking.developed." + d.name()));
        TextArea report = new TextArea(getTranslation("matchmaking.field.report"));
        report.setMaxLength(ReportForm.REPORT_MAX);
        Button file = new Button(getTranslation("matchmaking.partnership.file-report"), e -> {
            ReportForm form = new ReportForm();
            form.setDeveloped(developed.getValue());
            form.setReport(report.getValue());
            if (UiFeedback.attempt(() -> seedFund.report(application.id(), application.version(), form),
                    problems::show)) {
                UiFeedback.success("matchmaking.partnership.report-filed");
                render();
            }
        });
        return new Section(new FormLayout(developed, report), file);
    }

    private Section support() {
        TextArea note = new TextArea(getTranslation("matchmaking.field.support-note"));
        note.setMaxLength(PartnershipService.NOTE_MAX);
        Section section = new Section(new H2(getTranslation("matchmaking.partnership.support")),
                new Paragraph(getTranslation("matchmaking.partnership.support-intro")), note);
        for (SupportKind kind : SupportKind.values()) {
            section.add(new Button(getTranslation("matchmaking.partnership.ask." + kind.name()), e -> {
                if (UiFeedback.attempt(() -> partnerships.requestSupport(id, kind, note.getValue()), problems::show)) {
                    UiFeedback.success("matchmaking.partnership.support-asked");
                }
            }));
        }
        return section;
    }
}
