package org.crp.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.crp.learning.events.ApplicationId;
import org.crp.learning.internal.ApplicationForm;
import org.crp.learning.internal.ApplicationStatus;
import org.crp.learning.internal.BursaryStatus;
import org.crp.learning.internal.GrantDecision;
import org.crp.learning.internal.LearningLinks;
import org.crp.learning.internal.LearningTime;
import org.crp.learning.internal.LearningViews.ApplicationDetails;
import org.crp.learning.internal.ProgrammeService;
import org.crp.learning.internal.SelectionDecision;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.List;

/**
 * One application: what it says and where it stands. Its applicant can change a draft or withdraw; the
 * programme team records its decision and, separately, the decision on a bursary request.
 */
@Route(LearningLinks.APPLICATION)
@PageTitle("learning.application.title")
@PermitAll
public class ApplicationView extends Main implements BeforeEnterObserver {

    private final ProgrammeService programme;
    private final CurrentUser currentUser;
    private final LearningTime time;

    public ApplicationView(ProgrammeService programme, CurrentUser currentUser, LearningTime time) {
        this.programme = programme;
        this.currentUser = currentUser;
        this.time = time;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(programme.application(ApplicationId.of(event.getRouteParameters().get("id").orElseThrow())));
        } catch (IllegalArgumentException | ProblemException notFound) {
            removeAll();
            add(LearningLabels.notFound(this, "learning.error.application-not-found-title",
                    "learning.error.application-not-found"));
        }
    }

    private void show(ApplicationDetails application) {
        removeAll();
        boolean own = application.applicant().equals(currentUser.require().personId());
        add(new H1(own ? getTranslation("learning.application.title-own", application.runName())
                : getTranslation("learning.application.title-from", application.applicantName(), application.runName())));
        add(new HorizontalLayout(new Span(getTranslation("learning.field.status") + ":"),
                LearningLabels.statusBadge(this, application.status())));
        add(new Paragraph(getTranslation("learning.status-explained." + application.status().name())));
        if (!application.decisionReason().isBlank()) {
            add(new H2(getTranslation("learning.application.team-said")), new Paragraph(application.decisionReason()));
        }
        if (own) {
            ownerActions(application);
        }

        ApplicationForm content = application.content();
        add(new H2(getTranslation("learning.application.what-you-said")));
        DescriptionList details = new DescriptionList();
        term(details, "learning.field.kind", LearningLabels.kind(this, content.getKind()));
        term(details, "learning.field.partnership", content.getPartnership());
        term(details, "learning.field.hopes", content.getHopes());
        term(details, "learning.field.access-needs", content.getAccessNeeds().isBlank()
                ? getTranslation("learning.application.none-given") : content.getAccessNeeds());
        term(details, "learning.field.submitted", LearningLabels.date(application.submittedAt(), time.zone()));
        add(details);

        if (content.requestedBursary() != null) {
            bursary(application, content);
        }
        if (currentUser.hasRole(Role.PROGRAMME_TEAM) && application.status().awaitsDecision()) {
            add(decisionPanel(application));
        }
    }

    private void ownerActions(ApplicationDetails application) {
        HorizontalLayout actions = new HorizontalLayout();
        if (application.status().editable()) {
            Button edit = new Button(getTranslation("learning.application.edit"), e -> getUI().ifPresent(ui ->
                    ui.navigate(ApplicationEditorView.class, new RouteParameters("runId", application.runId().toString()))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        if (application.status().withdrawable()) {
            actions.add(new Button(getTranslation(application.status() == ApplicationStatus.SELECTED
                    ? "learning.application.leave" : "learning.application.withdraw"), e -> confirmWithdraw(application)));
        }
        add(actions);
    }

    private void confirmWithdraw(ApplicationDetails application) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("learning.withdraw.title"));
        dialog.setText(getTranslation("learning.withdraw.explain"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("learning.withdraw.keep"));
        dialog.setConfirmText(getTranslation("learning.withdraw.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            if (UiFeedback.attempt(() -> programme.withdraw(application.id(), application.version()),
                    problems -> problems.forEach(UiFeedback::problem))) {
                UiFeedback.success("learning.withdraw.done");
                show(programme.application(application.id()));
            }
        });
        dialog.open();
    }

    private void bursary(ApplicationDetails application, ApplicationForm content) {
        Section section = new Section(new H2(getTranslation("learning.application.bursary")));
        section.add(new Paragraph(getTranslation("learning.application.bursary-asked",
                LearningLabels.money(content.getBursaryAmount()))), new Paragraph(content.getBursaryReason()));
        switch (application.bursaryStatus()) {
            case GRANTED -> section.add(new Paragraph(getTranslation("learning.application.bursary-granted",
                    LearningLabels.money(application.bursaryGranted()))));
            case DECLINED -> section.add(new Paragraph(getTranslation("learning.application.bursary-declined")));
            case REQUESTED -> section.add(new Paragraph(getTranslation("learning.application.bursary-waiting")));
            case NONE -> {
            }
        }
        if (!application.bursaryDecisionNote().isBlank()) {
            section.add(new Paragraph(getTranslation("learning.application.bursary-note", application.bursaryDecisionNote())));
        }
        add(section);
        if (currentUser.hasRole(Role.PROGRAMME_TEAM) && application.bursaryStatus() == BursaryStatus.REQUESTED
                && (application.status().awaitsDecision() || application.status() == ApplicationStatus.SELECTED)) {
            add(bursaryPanel(application));
        }
    }

    /** The programme team's decision: selected, waiting list or not selected, with a reason the applicant reads. */
    private Section decisionPanel(ApplicationDetails application) {
        ProblemList problems = new ProblemList("learning.form.problems");
        RadioButtonGroup<ApplicationStatus> outcome = new RadioButtonGroup<>(getTranslation("learning.decision.outcome"));
        outcome.setItems(List.of(ApplicationStatus.SELECTED, ApplicationStatus.WAITING_LIST, ApplicationStatus.NOT_SELECTED)
                .stream().filter(s -> s != application.status()).toList());
        outcome.setItemLabelGenerator(s -> getTranslation("learning.decision." + s.name()));
        outcome.addThemeName("vertical");
        TextArea reason = new TextArea(getTranslation("learning.decision.reason"));
        reason.setHelperText(getTranslation("learning.decision.reason-help"));
        reason.setMaxLength(ApplicationForm.REASON_MAX);
        reason.setWidthFull();
        Button record = new Button(getTranslation("learning.decision.record"), e -> {
            if (UiFeedback.attempt(() -> programme.decide(application.id(), application.version(),
                    new SelectionDecision(outcome.getValue(), reason.getValue())), problems::show)) {
                UiFeedback.success("learning.decision.recorded");
                show(programme.application(application.id()));
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section panel = new Section(new H2(getTranslation("learning.decision.title")), problems, outcome, reason,
                new Div(record));
        panel.addClassName("praxis-card");
        return panel;
    }

    private Section bursaryPanel(ApplicationDetails application) {
        ProblemList problems = new ProblemList("learning.form.problems");
        RadioButtonGroup<Boolean> grant = new RadioButtonGroup<>(getTranslation("learning.bursary-decision.outcome"));
        grant.setItems(true, false);
        grant.setItemLabelGenerator(g -> getTranslation(g ? "learning.bursary-decision.grant" : "learning.bursary-decision.decline"));
        BigDecimalField amount = new BigDecimalField(getTranslation("learning.bursary-decision.amount"));
        amount.setPrefixComponent(new Div("£"));
        amount.setValue(application.content().getBursaryAmount());
        TextArea note = new TextArea(getTranslation("learning.bursary-decision.note"));
        note.setHelperText(getTranslation("learning.bursary-decision.note-help"));
        note.setMaxLength(ApplicationForm.REASON_MAX);
        note.setWidthFull();
        Button record = new Button(getTranslation("learning.bursary-decision.record"), e -> {
            boolean granted = Boolean.TRUE.equals(grant.getValue());
            if (grant.getValue() == null) {
                problems.show(List.of("learning.validation.decision-required"));
                return;
            }
            if (UiFeedback.attempt(() -> programme.decideBursary(application.id(), application.version(),
                    new GrantDecision(granted, granted ? amount.getValue() : null, note.getValue())), problems::show)) {
                UiFeedback.success("learning.bursary-decision.recorded");
                show(programme.application(application.id()));
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section panel = new Section(new H2(getTranslation("learning.bursary-decision.title")), problems, grant, amount,
                note, new Div(record));
        panel.addClassName("praxis-card");
        return panel;
    }

    private void term(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }
}
