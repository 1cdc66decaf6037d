package org.crp.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crp.learning.internal.ApplicationForm;
import org.crp.learning.internal.FundingService;
import org.crp.learning.internal.FundingStatus;
import org.crp.learning.internal.GrantDecision;
import org.crp.learning.internal.LearningTime;
import org.crp.learning.internal.LearningViews.FundingRequest;
import org.crp.learning.internal.Money;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.List;

/** The programme team decides follow-up funding requests and reads the reports that follow. */
@Route("learning/team/funding")
@PageTitle("learning.funding-queue.title")
@Menu(title = "learning.menu.funding-queue", order = 660, icon = "vaadin:money-exchange")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class FundingQueueView extends Main {

    private final FundingService funding;
    private final LearningTime time;

    public FundingQueueView(FundingService funding, LearningTime time) {
        this.funding = funding;
        this.time = time;
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("learning.funding-queue.title")),
                new Paragraph(getTranslation("learning.funding-queue.intro")));
        List<FundingRequest> all = funding.all();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("learning.funding-queue.empty")));
        }
        all.forEach(request -> add(request(request)));
    }

    private Section request(FundingRequest request) {
        Section section = new Section(new H2(getTranslation("learning.funding-queue.heading", request.participantName(),
                Money.pounds(request.amount()))));
        section.add(new Paragraph(getTranslation("learning.funding-queue.asked", request.runName(),
                LearningLabels.date(request.createdAt(), time.zone()))), new Paragraph(request.purpose()),
                new Paragraph(getTranslation("learning.funding-status." + request.status().name(),
                        LearningLabels.money(request.grantedAmount()))));
        if (!request.report().isBlank()) {
            section.add(new Paragraph(getTranslation("learning.funding-queue.report", request.report())));
        }
        if (request.status() == FundingStatus.REQUESTED) {
            ProblemList problems = new ProblemList("learning.form.problems");
            RadioButtonGroup<Boolean> grant = new RadioButtonGroup<>(getTranslation("learning.funding-queue.outcome"));
            grant.setItems(true, false);
            grant.setItemLabelGenerator(g -> getTranslation(g ? "learning.funding-queue.grant" : "learning.funding-queue.decline"));
            BigDecimalField amount = new BigDecimalField(getTranslation("learning.funding-queue.amount"));
            amount.setPrefixComponent(new Div("£"));
            amount.setValue(request.amount());
            TextArea note = new TextArea(getTranslation("learning.funding-queue.note"));
            note.setHelperText(getTranslation("learning.funding-queue.note-help"));
            note.setMaxLength(ApplicationForm.REASON_MAX);
            note.setWidthFull();
            Button record = new Button(getTranslation("learning.funding-queue.record"), e -> {
                if (grant.getValue() == null) {
                    problems.show(List.of("learning.validation.decision-required"));
                    return;
                }
                boolean granted = grant.getValue();
                if (UiFeedback.attempt(() -> funding.decide(request.id(), request.version(),
                        new GrantDecision(granted, granted ? amount.getValue() : null, note.getValue())), problems::show)) {
                    UiFeedback.success("learning.funding-queue.recorded");
                    refresh();
                }
            });
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(problems, grant, amount, note, new Div(record));
        }
        section.addClassName("praxis-card");
        return section;
    }
}
