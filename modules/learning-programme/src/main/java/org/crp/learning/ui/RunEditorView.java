package org.crp.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.internal.LearningLinks;
import org.crp.learning.internal.LearningViews.Run;
import org.crp.learning.internal.ProgrammeService;
import org.crp.learning.internal.RunForm;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

/** The programme team writes a run: its name, dates, description and the Core Principles applicants see. */
@Route("learning/runs/edit/:id(" + LearningLinks.UUID + ")?")
@PageTitle("learning.run-editor.title")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class RunEditorView extends Main implements BeforeEnterObserver {

    private final ProgrammeService programme;
    private final Binder<RunForm> binder = new Binder<>(RunForm.class);
    private final ProblemList problems = new ProblemList("learning.form.problems");
    private final H1 heading = new H1();
    private @Nullable ProgrammeRunId id;
    private int version;

    public RunEditorView(ProgrammeService programme) {
        this.programme = programme;
        addClassName("praxis-view");

        TextField name = new TextField(getTranslation("learning.field.run-name"));
        name.setMaxLength(RunForm.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        DatePicker startsOn = new DatePicker(getTranslation("learning.field.run-start"));
        startsOn.setRequiredIndicatorVisible(true);
        DatePicker endsOn = new DatePicker(getTranslation("learning.field.run-end"));
        endsOn.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("learning.field.run-description"));
        description.setMaxLength(RunForm.DESCRIPTION_MAX);
        TextArea principles = new TextArea(getTranslation("learning.field.run-principles"));
        principles.setHelperText(getTranslation("learning.field.run-principles-help"));
        principles.setMaxLength(RunForm.PRINCIPLES_MAX);
        Checkbox open = new Checkbox(getTranslation("learning.field.run-open"));

        binder.forField(name).bind(RunForm::getName, RunForm::setName);
        binder.forField(startsOn).bind(RunForm::getStartsOn, RunForm::setStartsOn);
        binder.forField(endsOn).bind(RunForm::getEndsOn, RunForm::setEndsOn);
        binder.forField(description).bind(RunForm::getDescription, RunForm::setDescription);
        binder.forField(principles).bind(RunForm::getPrinciples, RunForm::setPrinciples);
        binder.forField(open).bind(RunForm::isApplicationsOpen, RunForm::setApplicationsOpen);

        FormLayout form = new FormLayout(name, startsOn, endsOn, description, principles, open);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        form.setColspan(principles, 2);
        form.setColspan(open, 2);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(ProgrammeView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, new Paragraph(getTranslation("learning.run-editor.intro")), problems, form,
                new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("id").orElse(null);
        if (parameter == null) {
            id = null;
            heading.setText(getTranslation("learning.run-editor.title-new"));
            binder.readBean(new RunForm());
            return;
        }
        try {
            Run run = programme.run(ProgrammeRunId.of(parameter));
            id = run.id();
            version = run.version();
            heading.setText(getTranslation("learning.run-editor.title-edit", run.name()));
            binder.readBean(run.toForm());
        } catch (IllegalArgumentException | ProblemException notFound) {
            UiFeedback.problem("learning.error.run-not-found");
            event.forwardTo(ProgrammeView.class);
        }
    }

    private void save() {
        RunForm form = new RunForm();
        binder.writeBeanAsDraft(form, true);
        if (UiFeedback.attempt(() -> {
            if (id == null) {
                id = programme.createRun(form);
            } else {
                programme.updateRun(id, version, form);
                version++;
            }
        }, problems::show)) {
            problems.clear();
            UiFeedback.success("learning.run-editor.saved");
            getUI().ifPresent(ui -> ui.navigate(ProgrammeView.class));
        }
    }
}
