package org.praxis.matchmaking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.internal.MatchmakingLinks;
import org.praxis.matchmaking.internal.MatchmakingRoles;
import org.praxis.matchmaking.internal.MatchmakingViews.SeedApplication;
import org.praxis.matchmaking.internal.SeedFundService;
import org.praxis.matchmaking.internal.SeedStatus;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.math.BigDecimal;

/**
 * The seed fund panel's light-touch review: each application with what it will pay for, to award (the amount
 * asked, or less) or decline with a short note. Names are left out when the fund asks for anonymised review.
 */
@Route(MatchmakingLinks.PANEL)
@PageTitle("matchmaking.panel.title")
@Menu(title = "matchmaking.menu.panel", order = 73, icon = "vaadin:gavel")
@RolesAllowed(MatchmakingRoles.SEED_FUND_PANEL)
public class SeedFundPanelView extends Main {

    private final SeedFundService seedFund;
    private final ProblemList problems = new ProblemList("matchmaking.form.problems");

    public SeedFundPanelView(SeedFundService seedFund) {
        this.seedFund = seedFund;
        addClassName("praxis-view");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("matchmaking.panel.title")), new Paragraph(getTranslation("matchmaking.panel.intro")),
                problems);
        var applications = seedFund.applications();
        if (applications.isEmpty()) {
            add(new Paragraph(getTranslation("matchmaking.panel.none")));
        }
        for (SeedApplication application : applications) {
            Section card = new Section(new H2(application.partnershipName()),
                    MatchmakingLabels.status(this, "matchmaking.seed-status." + application.status().name()),
                    new Paragraph(getTranslation("matchmaking.partnership.asked",
                            MatchmakingLabels.money(application.amount()),
                            getTranslation("matchmaking.side." + application.heldBy().name()))),
                    new Paragraph(application.purpose()));
            if (!application.anonymised()) {
                card.add(new Paragraph(getTranslation("matchmaking.panel.partners", application.communityName(),
                        application.researcherName())));
            }
            if (application.status() == SeedStatus.SUBMITTED) {
                card.add(decision(application));
            }
            card.addClassName("praxis-card");
            add(card);
        }
    }

    private Section decision(SeedApplication application) {
        BigDecimalField award = new BigDecimalField(getTranslation("matchmaking.field.award"));
        award.setValue(application.amount());
        award.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
        TextArea note = new TextArea(getTranslation("matchmaking.field.decision-note"));
        Button approve = new Button(getTranslation("matchmaking.panel.award"), e -> decide(application, award.getValue(),
                note.getValue()));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setAriaLabel(getTranslation("matchmaking.panel.award") + ": " + application.partnershipName());
        Button decline = new Button(getTranslation("matchmaking.panel.decline"), e -> decide(application, null,
                note.getValue()));
        decline.setAriaLabel(getTranslation("matchmaking.panel.decline") + ": " + application.partnershipName());
        return new Section(award, note, new HorizontalLayout(approve, decline));
    }

    private void decide(SeedApplication application, @Nullable BigDecimal awarded,
                        String note) {
        if (UiFeedback.attempt(() -> seedFund.decide(application.id(), application.version(), awarded, note),
                problems::show)) {
            UiFeedback.success("matchmaking.panel.decided");
            render();
        }
    }
}
