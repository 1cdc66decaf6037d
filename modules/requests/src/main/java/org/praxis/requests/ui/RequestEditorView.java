package org.praxis.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;
import org.praxis.requests.events.Capacity;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.internal.RequestViews.RequestDetails;
import org.praxis.requests.internal.SupportRequestForm;
import org.praxis.requests.internal.SupportRequestService;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Write or change a draft support request, then submit it. Saving a draft needs only a title;
 * submitting lists everything still missing, in plain words, and saves nothing it cannot accept.
 */
@Route("requests/draft/:id?")
@PageTitle("requests.editor.title")
@RolesAllowed(Roles.INSTITUTION_LEAD)
public class RequestEditorView extends Main implements BeforeEnterObserver {

    private final SupportRequestService requests;
    private final CurrentUser currentUser;
    private final Binder<SupportRequestForm> binder = new Binder<>(SupportRequestForm.class);
    private final ProblemList problems = new ProblemList("requests.editor.problems");
    private final H1 heading = new H1();

    private @Nullable SupportRequestId id;
    private int version;

    public RequestEditorView(SupportRequestService requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
        addClassName("praxis-view");

        TextField title = new TextField(getTranslation("requests.field.title"));
        title.setHelperText(getTranslation("requests.field.title-help"));
        title.setMaxLength(SupportRequestForm.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);

        RadioButtonGroup<DeliveryMode> mode = new RadioButtonGroup<>(getTranslation("requests.field.mode"));
        mode.setItems(DeliveryMode.values());
        mode.setItemLabelGenerator(m -> RequestLabels.mode(this, m));
        mode.addThemeName("vertical");
        TextField modeOther = new TextField(getTranslation("requests.field.mode-other"));
        modeOther.setMaxLength(SupportRequestForm.MODE_OTHER_MAX);
        modeOther.setVisible(false);
        mode.addValueChangeListener(e -> modeOther.setVisible(e.getValue() == DeliveryMode.OTHER));

        CheckboxGroup<Capacity> has = new CheckboxGroup<>(getTranslation("requests.field.has"));
        has.setItems(Capacity.values());
        has.setItemLabelGenerator(c -> getTranslation("requests.capacity." + c.name()));
        has.addThemeName("vertical");
        CheckboxGroup<Need> lacks = new CheckboxGroup<>(getTranslation("requests.field.lacks"));
        lacks.setItems(Need.values());
        lacks.setItemLabelGenerator(n -> getTranslation("requests.need." + n.name()));
        lacks.addThemeName("vertical");

        TextArea context = new TextArea(getTranslation("requests.field.context"));
        context.setHelperText(getTranslation("requests.field.context-help"));
        context.setMaxLength(SupportRequestForm.CONTEXT_MAX);

        DatePicker start = new DatePicker(getTranslation("requests.field.start"));
        start.setHelperText(getTranslation("requests.field.start-help"));
        start.setMin(LocalDate.now());
        start.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("requests.validation.start-in-past"))
                .setBadInputErrorMessage(getTranslation("requests.validation.date-unreadable")));
        DatePicker end = new DatePicker(getTranslation("requests.field.end"));
        TextArea timelineNotes = new TextArea(getTranslation("requests.field.timeline-notes"));
        timelineNotes.setMaxLength(SupportRequestForm.TIMELINE_NOTES_MAX);
        TextArea resources = new TextArea(getTranslation("requests.field.resources"));
        resources.setHelperText(getTranslation("requests.field.resources-help"));
        resources.setMaxLength(SupportRequestForm.TEXT_MAX);
        TextField contactName = new TextField(getTranslation("requests.field.contact-name"));
        contactName.setMaxLength(SupportRequestForm.NAME_MAX);
        EmailField contactEmail = new EmailField(getTranslation("requests.field.contact-email"));
        contactEmail.setMaxLength(SupportRequestForm.EMAIL_MAX);

        // The rules are the service's (SupportRequestForm, SubmissionRules): the fields stop longer input, and
        // every problem, whatever its cause, is listed in one error summary that links to the field.
        binder.forField(title).bind(SupportRequestForm::getTitle, SupportRequestForm::setTitle);
        binder.forField(mode).bind(SupportRequestForm::getMode, SupportRequestForm::setMode);
        binder.forField(modeOther).bind(SupportRequestForm::getModeOther, SupportRequestForm::setModeOther);
        binder.forField(has).bind(SupportRequestForm::getHas, SupportRequestForm::setHas);
        binder.forField(lacks).bind(SupportRequestForm::getLacks, SupportRequestForm::setLacks);
        binder.forField(context).bind(SupportRequestForm::getContext, SupportRequestForm::setContext);
        binder.forField(start).bind(SupportRequestForm::getTimelineStart, SupportRequestForm::setTimelineStart);
        binder.forField(end).bind(SupportRequestForm::getTimelineEnd, SupportRequestForm::setTimelineEnd);
        binder.forField(timelineNotes).bind(SupportRequestForm::getTimelineNotes, SupportRequestForm::setTimelineNotes);
        binder.forField(resources).bind(SupportRequestForm::getResourcesAndFunding,
                SupportRequestForm::setResourcesAndFunding);
        binder.forField(contactName).bind(SupportRequestForm::getContactName, SupportRequestForm::setContactName);
        binder.forField(contactEmail).bind(SupportRequestForm::getContactEmail, SupportRequestForm::setContactEmail);

        // Each problem the service can name links from the summary to the field where it is fixed.
        problems.field("requests.validation.title-required", title)
                .field("requests.validation.title-too-long", title)
                .field("requests.validation.mode-required", mode)
                .field("requests.validation.mode-other-required", modeOther)
                .field("requests.validation.mode-other-too-long", modeOther)
                .field("requests.validation.needs-required", lacks)
                .field("requests.validation.context-too-long", context)
                .field("requests.validation.start-required", start)
                .field("requests.validation.start-in-past", start)
                .field("requests.validation.end-before-start", end)
                .field("requests.validation.timeline-notes-too-long", timelineNotes)
                .field("requests.validation.resources-too-long", resources)
                .field("requests.validation.contact-name-required", contactName)
                .field("requests.validation.contact-name-too-long", contactName)
                .field("requests.validation.contact-email-required", contactEmail)
                .field("requests.validation.contact-email-invalid", contactEmail);

        // Marked as needed to submit (a draft needs only the title).
        mode.setRequiredIndicatorVisible(true);
        start.setRequiredIndicatorVisible(true);
        contactName.setRequiredIndicatorVisible(true);
        contactEmail.setRequiredIndicatorVisible(true);

        FormLayout what = new FormLayout(title, mode, modeOther);
        FormLayout situation = new FormLayout(has, lacks, context);
        situation.setColspan(context, 2);
        FormLayout when = new FormLayout(start, end, timelineNotes, resources, contactName, contactEmail);
        when.setColspan(timelineNotes, 2);
        when.setColspan(resources, 2);

        Button save = new Button(getTranslation("requests.editor.save"), e -> {
            if (store()) {
                UiFeedback.success("requests.editor.saved");
            }
        });
        Button submit = new Button(getTranslation("requests.editor.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(MyRequestsView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(heading, new Paragraph(getTranslation("requests.editor.intro")), problems,
                new H2(getTranslation("requests.editor.section-what")), what,
                new H2(getTranslation("requests.editor.section-situation")), situation,
                new H2(getTranslation("requests.editor.section-when")), when,
                new HorizontalLayout(submit, save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String idParameter = event.getRouteParameters().get("id").orElse(null);
        if (idParameter == null) {
            id = null;
            version = 0;
            heading.setText(getTranslation("requests.editor.title-new"));
            SupportRequestForm blank = new SupportRequestForm();
            currentUser.get().map(PraxisUser::displayName).ifPresent(blank::setContactName);
            currentUser.get().map(PraxisUser::email).ifPresent(blank::setContactEmail);
            binder.readBean(blank);
            return;
        }
        try {
            RequestDetails request = requests.get(SupportRequestId.of(idParameter));
            if (!request.status().editable()) {
                event.forwardTo(RequestDetailView.class, new RouteParameters("id", idParameter));
                return;
            }
            id = request.id();
            version = request.version();
            heading.setText(getTranslation("requests.editor.title-edit"));
            binder.readBean(request.content());
        } catch (IllegalArgumentException | ProblemException notFound) {
            UiFeedback.problem("requests.error.not-found");
            event.forwardTo(MyRequestsView.class);
        }
    }

    /** Stores the draft; returns false (and says why) if it could not. */
    private boolean store() {
        SupportRequestForm form = new SupportRequestForm();
        binder.writeBeanAsDraft(form, true);
        boolean stored = UiFeedback.attempt(() -> {
            if (id == null) {
                id = requests.createDraft(form);
                version = 0;
            } else {
                requests.updateDraft(id, version, form);
                version++;
            }
        }, this::showProblems);
        if (stored) {
            showProblems(List.of());
        }
        return stored;
    }

    private void submit() {
        SupportRequestForm form = new SupportRequestForm();
        binder.writeBeanAsDraft(form, true);
        List<String> missing = requests.submissionProblems(form);
        if (!missing.isEmpty()) {
            showProblems(missing);
            return;
        }
        if (!store()) {
            return;
        }
        SupportRequestId submitted = Objects.requireNonNull(id);
        if (UiFeedback.attempt(() -> requests.submit(submitted, version), this::showProblems)) {
            UiFeedback.success("requests.editor.submitted");
            getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class,
                    new RouteParameters("id", submitted.toString())));
        }
    }

    private void showProblems(List<String> keys) {
        problems.show(keys);
    }
}
