package org.crp.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crp.learning.internal.FundingRequestForm;
import org.crp.learning.internal.FundingService;
import org.crp.learning.internal.FundingStatus;
import org.crp.learning.internal.LearningLinks;
import org.crp.learning.internal.LearningTime;
import org.crp.learning.internal.LearningViews.FundingRequest;
import org.crp.learning.internal.LearningViews.Run;
import org.crp.learning.internal.Money;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.List;

/**
 * Follow-up funding for a participant's partnership work: ask (how much, what for), see the programme team's
 * decision, and afterwards tell the team in a few lines what it made possible. Only one's own requests.
 */
@Route(LearningLinks.FUNDING)
@PageTitle("learning.funding.title")
@Menu(title = "learning.menu.funding", order = 650, icon = "vaadin:piggy-bank-coin")
@PermitAll
public class FundingView extends Main {

    private final FundingService funding;
    private final LearningTime time;

    public FundingView(FundingService funding, LearningTime time) {
        this.funding = funding;
        this.time = time;
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("learning.funding.title")), new Paragraph(getTranslation("learning.funding.intro",
                Money.pounds(FundingRequestForm.FUNDING_MAX))));
        List<Run> runs = funding.myRuns();
        if (runs.isEmpty()) {
            add(new Paragraph(getTranslation("learning.funding.participants-only")));
        } else {
            add(requestForm(runs));
        }
        List<FundingRequest> mine = funding.myRequests();
        if (!mine.isEmpty()) {
            add(new H2(getTranslation("learning.funding.yours")));
            mine.forEach(request -> add(request(request)));
        }
    }

    private Section requestForm(List<Run> runs) {
        ProblemList problems = new ProblemList("learning.form.problems");
        ComboBox<Run> run = new ComboBox<>(getTranslation("learning.field.run"), runs);
        run.setItemLabelGenerator(Run::name);
        run.setValue(runs.getFirst());
        BigDecimalField amount = new BigDecimalField(getTranslation("learning.field.funding-amount"));
        amount.setPrefixComponent(new Div("£"));
        amount.setHelperText(getTranslation("learning.field.funding-amount-help", Money.pounds(FundingRequestForm.FUNDING_MAX)));
        amount.setRequiredIndicatorVisible(true);
        TextArea purpose = new TextArea(getTranslation("learning.field.funding-purpose"));
        purpose.setHelperText(getTranslation("learning.field.funding-purpose-help"));
        purpose.setMaxLength(FundingRequestForm.PURPOSE_MAX);
        purpose.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("learning.funding.send"), e -> {
            if (run.getValue() == null) {
                problems.show(List.of("learning.validation.run-required"));
                return;
            }
            if (UiFeedback.attempt(() -> funding.request(run.getValue().id(),
                    new FundingRequestForm(amount.getValue(), purpose.getValue())), problems::show)) {
                UiFeedback.success("learning.funding.sent");
                refresh();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(run, amount, purpose);
        form.setColspan(purpose, 2);
        Section section = new Section(new H2(getTranslation("learning.funding.ask")), problems, form, new Div(send));
        section.addClassName("praxis-card");
        return section;
    }

    private Section request(FundingRequest request) {
        Section section = new Section(new H3(getTranslation("learning.funding.request-heading",
                Money.pounds(request.amount()), LearningLabels.date(request.createdAt(), time.zone()))));
        section.add(new Paragraph(request.purpose()),
                new Paragraph(getTranslation("learning.funding-status." + request.status().name(),
                        LearningLabels.money(request.grantedAmount()))));
        if (!request.decisionNote().isBlank()) {
            section.add(new Paragraph(getTranslation("learning.funding.team-said", request.decisionNote())));
        }
        if (request.status() == FundingStatus.REPORTED) {
            section.add(new Paragraph(getTranslation("learning.funding.your-report", request.report())));
        }
        if (request.status() == FundingStatus.GRANTED) {
            ProblemList problems = new ProblemList("learning.form.problems");
            TextArea report = new TextArea(getTranslation("learning.field.funding-report"));
            report.setHelperText(getTranslation("learning.field.funding-report-help"));
            report.setMaxLength(FundingRequestForm.REPORT_MAX);
            report.setWidthFull();
            Button file = new Button(getTranslation("learning.funding.file-report"), e -> {
                if (UiFeedback.attempt(() -> funding.report(request.id(), request.version(),
                        new FundingRequestForm.Report(report.getValue())), problems::show)) {
                    UiFeedback.success("learning.funding.reported");
                    refresh();
                }
            });
            section.add(problems, report, new Div(file));
        }
        section.addClassName("praxis-card");
        return section;
    }
}
