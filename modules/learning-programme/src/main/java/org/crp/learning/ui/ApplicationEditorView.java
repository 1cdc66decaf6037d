package org.crp.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.crp.learning.events.ApplicationId;
import org.crp.learning.events.ParticipantKind;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.internal.ApplicationForm;
import org.crp.learning.internal.ApplicationStatus;
import org.crp.learning.internal.LearningLinks;
import org.crp.learning.internal.LearningViews.ApplicationDetails;
import org.crp.learning.internal.LearningViews.ApplicationSummary;
import org.crp.learning.internal.LearningViews.Run;
import org.crp.learning.internal.Money;
import org.crp.learning.internal.ProgrammeService;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.ProblemException;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.Objects;
import java.util.Optional;

/**
 * Apply to a run, or change a draft application. A draft can be saved at any time and is seen by no one else;
 * submitting sends it to the programme team and lists, in plain words, anything still missing.
 */
@Route("learning/apply/:runId(" + LearningLinks.UUID + ")")
@PageTitle("learning.apply.title")
@PermitAll
public class ApplicationEditorView extends Main implements BeforeEnterObserver {

    private final ProgrammeService programme;
    private final Binder<ApplicationForm> binder = new Binder<>(ApplicationForm.class);
    private final ProblemList problems = new ProblemList("learning.form.problems");
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private @Nullable ProgrammeRunId runId;
    private @Nullable ApplicationId id;
    private int version;

    public ApplicationEditorView(ProgrammeService programme) {
        this.programme = programme;
        addClassName("praxis-view");

        RadioButtonGroup<ParticipantKind> kind = new RadioButtonGroup<>(getTranslation("learning.field.kind"));
        kind.setItems(ParticipantKind.values());
        kind.setItemLabelGenerator(k -> LearningLabels.kind(this, k));
        kind.addThemeName("vertical");
        kind.setRequiredIndicatorVisible(true);
        TextArea partnership = new TextArea(getTranslation("learning.field.partnership"));
        partnership.setHelperText(getTranslation("learning.field.partnership-help"));
        partnership.setMaxLength(ApplicationForm.PARTNERSHIP_MAX);
        partnership.setRequiredIndicatorVisible(true);
        TextArea hopes = new TextArea(getTranslation("learning.field.hopes"));
        hopes.setHelperText(getTranslation("learning.field.hopes-help"));
        hopes.setMaxLength(ApplicationForm.HOPES_MAX);
        hopes.setRequiredIndicatorVisible(true);
        TextArea accessNeeds = new TextArea(getTranslation("learning.field.access-needs"));
        accessNeeds.setHelperText(getTranslation("learning.field.access-needs-help"));
        accessNeeds.setMaxLength(ApplicationForm.ACCESS_NEEDS_MAX);

        Checkbox bursary = new Checkbox(getTranslation("learning.field.bursary-requested"));
        BigDecimalField amount = new BigDecimalField(getTranslation("learning.field.bursary-amount"));
        amount.setHelperText(getTranslation("learning.field.bursary-amount-help", Money.pounds(ApplicationForm.BURSARY_MAX)));
        amount.setPrefixComponent(new Div("£"));
        TextArea reason = new TextArea(getTranslation("learning.field.bursary-reason"));
        reason.setHelperText(getTranslation("learning.field.bursary-reason-help"));
        reason.setMaxLength(ApplicationForm.REASON_MAX);
        bursary.addValueChangeListener(e -> {
            amount.setVisible(e.getValue());
            reason.setVisible(e.getValue());
        });
        amount.setVisible(false);
        reason.setVisible(false);

        binder.forField(kind).bind(ApplicationForm::getKind, ApplicationForm::setKind);
        binder.forField(partnership).bind(ApplicationForm::getPartnership, ApplicationForm::setPartnership);
        binder.forField(hopes).bind(ApplicationForm::getHopes, ApplicationForm::setHopes);
        binder.forField(accessNeeds).bind(ApplicationForm::getAccessNeeds, ApplicationForm::setAccessNeeds);
        binder.forField(bursary).bind(ApplicationForm::isBursaryRequested, ApplicationForm::setBursaryRequested);
        binder.forField(amount).bind(ApplicationForm::getBursaryAmount, ApplicationForm::setBursaryAmount);
        binder.forField(reason).bind(ApplicationForm::getBursaryReason, ApplicationForm::setBursaryReason);

        FormLayout about = new FormLayout(kind, partnership, hopes);
        about.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormLayout support = new FormLayout(accessNeeds, bursary, amount, reason);
        support.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        Button submit = new Button(getTranslation("learning.apply.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button save = new Button(getTranslation("learning.apply.save"), e -> {
            if (store()) {
                UiFeedback.success("learning.apply.saved");
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(ProgrammeView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(heading, intro, problems,
                new H2(getTranslation("learning.apply.section-about")), about,
                new H2(getTranslation("learning.apply.section-support")),
                new Paragraph(getTranslation("learning.apply.support-intro")), support,
                new HorizontalLayout(submit, save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            Run run = programme.run(ProgrammeRunId.of(event.getRouteParameters().get("runId").orElseThrow()));
            runId = run.id();
            heading.setText(getTranslation("learning.apply.title-run", run.name()));
            intro.setText(getTranslation("learning.apply.intro"));
            Optional<ApplicationSummary> mine = programme.myApplicationTo(run.id());
            if (mine.isPresent() && mine.get().status() != ApplicationStatus.DRAFT) {
                event.forwardTo(ApplicationView.class, new RouteParameters("id", mine.get().id().toString()));
                return;
            }
            if (mine.isPresent()) {
                ApplicationDetails draft = programme.application(mine.get().id());
                id = draft.id();
                version = draft.version();
                binder.readBean(draft.content());
            } else if (!programme.acceptsApplications(run)) {
                UiFeedback.problem("learning.error.applications-closed");
                event.forwardTo(ProgrammeView.class);
            } else {
                id = null;
                binder.readBean(new ApplicationForm());
            }
        } catch (IllegalArgumentException | java.util.NoSuchElementException | ProblemException notFound) {
            UiFeedback.problem("learning.error.run-not-found");
            event.forwardTo(ProgrammeView.class);
        }
    }

    /** Saves the draft; false (and says why) if it could not. */
    private boolean store() {
        ApplicationForm form = new ApplicationForm();
        binder.writeBeanAsDraft(form, true);
        boolean stored = UiFeedback.attempt(() -> {
            if (id == null) {
                id = programme.startApplication(Objects.requireNonNull(runId), form);
                version = 0;
            } else {
                programme.updateDraft(id, version, form);
                version++;
            }
        }, problems::show);
        if (stored) {
            problems.clear();
        }
        return stored;
    }

    private void submit() {
        if (!store()) {
            return;
        }
        ApplicationId submitted = Objects.requireNonNull(id);
        if (UiFeedback.attempt(() -> programme.submit(submitted, version), problems::show)) {
            UiFeedback.success("learning.apply.submitted");
            getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                    new RouteParameters("id", submitted.toString())));
        }
    }
}
