package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.praxis.coproduction.events.ApplicationId;
import org.praxis.coproduction.events.WaveId;
import org.praxis.coproduction.internal.Adjustment;
import org.praxis.coproduction.internal.AnswerFormat;
import org.praxis.coproduction.internal.ApplicationForm;
import org.praxis.coproduction.internal.ApplicationService;
import org.praxis.coproduction.internal.ApplicationStatus;
import org.praxis.coproduction.internal.CoproductionLinks;
import org.praxis.coproduction.internal.CoproductionViews.MyApplication;
import org.praxis.coproduction.internal.CoproductionViews.Wave;
import org.praxis.coproduction.internal.WaveService;
import org.praxis.platform.ProblemException;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.List;

/**
 * Applying to a wave, in the way that suits the person: writing, a recording, or asking for another format;
 * adjustments in plain words; saved as a draft to come back to, and sent when ready.
 */
@Route("coproduction/waves/:id(" + CoproductionLinks.UUID + ")/apply")
@PageTitle("coproduction.apply.title")
@PermitAll
public class ApplyView extends Main implements BeforeEnterObserver {

    private final WaveService waves;
    private final ApplicationService applications;
    private @Nullable ApplicationId id;
    private int version;

    public ApplyView(WaveService waves, ApplicationService applications) {
        this.waves = waves;
        this.applications = applications;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            Wave wave = waves.wave(WaveId.of(event.getRouteParameters().get("id").orElseThrow()));
            MyApplication existing = applications.myApplications().stream()
                    .filter(a -> a.waveId().equals(wave.id())).findFirst().orElse(null);
            show(wave, existing);
        } catch (ProblemException notFound) {
            add(CoproductionLabels.notFound(this, "coproduction.apply.title"));
        }
    }

    private void show(Wave wave, @Nullable MyApplication existing) {
        add(new H1(getTranslation("coproduction.apply.heading", wave.title())),
                new Paragraph(getTranslation("coproduction.apply.intro")));
        if (existing != null && existing.status() != ApplicationStatus.DRAFT) {
            add(new Paragraph(getTranslation("coproduction.apply.already-sent")));
            return;
        }
        id = existing == null ? null : existing.id();
        version = existing == null ? 0 : existing.version();
        ApplicationForm content = existing == null ? ApplicationForm.written("", "") : existing.content();

        TextField contact = new TextField(getTranslation("coproduction.apply.contact"));
        contact.setHelperText(getTranslation("coproduction.apply.contact-help"));
        contact.setValue(content.contact());
        TextArea about = new TextArea(getTranslation("coproduction.apply.about"));
        about.setHelperText(getTranslation("coproduction.apply.about-help"));
        about.setValue(content.aboutMe());
        RadioButtonGroup<AnswerFormat> format = new RadioButtonGroup<>(getTranslation("coproduction.apply.format"));
        format.setItems(AnswerFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("coproduction.format." + f.name()));
        format.setValue(content.format());
        TextArea answer = new TextArea(getTranslation("coproduction.apply.answer"));
        answer.setHelperText(getTranslation("coproduction.apply.answer-help"));
        answer.setValue(content.writtenAnswer());
        TextArea other = new TextArea(getTranslation("coproduction.apply.other"));
        other.setValue(content.otherFormatRequest());
        CheckboxGroup<Adjustment> adjustments = new CheckboxGroup<>(getTranslation("coproduction.apply.adjustments"));
        adjustments.setItems(Adjustment.values());
        adjustments.setItemLabelGenerator(a -> getTranslation("coproduction.adjustment." + a.name()));
        adjustments.setValue(content.adjustments());
        TextArea notes = new TextArea(getTranslation("coproduction.apply.adjustment-notes"));
        notes.setValue(content.adjustmentNotes());
        List.of(about, answer, other, notes).forEach(TextArea::setWidthFull);
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Paragraph recording = new Paragraph(existing != null && existing.mediaType() != null
                ? getTranslation("coproduction.apply.recording-kept") : "");

        // As in reciprocation's uploads: the handler runs with the session locked, so it may change the page.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            if (!saveDraft(wave, form(contact, about, format, answer, other, adjustments, notes), problems)) {
                return;
            }
            AnswerFormat chosen = format.getValue() == AnswerFormat.VIDEO ? AnswerFormat.VIDEO : AnswerFormat.AUDIO;
            if (UiFeedback.attempt(() -> applications.attachRecording(currentId(), version, chosen, bytes),
                    problems::show)) {
                version++;
                recording.setText(getTranslation("coproduction.apply.recording-kept"));
            }
        }));
        upload.setMaxFiles(1);
        upload.getElement().setAttribute("aria-label", getTranslation("coproduction.apply.recording"));

        Button save = new Button(getTranslation("coproduction.apply.save"), e -> {
            if (saveDraft(wave, form(contact, about, format, answer, other, adjustments, notes), problems)) {
                UiFeedback.success("coproduction.apply.saved");
            }
        });
        Button send = new Button(getTranslation("coproduction.apply.send"), e -> {
            if (saveDraft(wave, form(contact, about, format, answer, other, adjustments, notes), problems)
                    && UiFeedback.attempt(() -> applications.submit(currentId(), version), problems::show)) {
                UiFeedback.success("coproduction.apply.sent");
                getUI().ifPresent(ui -> ui.navigate(MyApplicationsView.class));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problems, contact, about, format, answer, new H2(getTranslation("coproduction.apply.recording")),
                new Paragraph(getTranslation("coproduction.apply.recording-help")), upload, recording, other,
                new H2(getTranslation("coproduction.apply.adjustments-heading")), adjustments, notes,
                new Div(save, send));
    }

    private ApplicationForm form(TextField contact, TextArea about, RadioButtonGroup<AnswerFormat> format,
                                 TextArea answer, TextArea other, CheckboxGroup<Adjustment> adjustments, TextArea notes) {
        return new ApplicationForm(contact.getValue(), about.getValue(),
                format.getValue() == null ? AnswerFormat.WRITTEN : format.getValue(), answer.getValue(),
                other.getValue(), adjustments.getValue(), notes.getValue());
    }

    /** Starts the draft the first time, then saves it: either way it is there to come back to. */
    private boolean saveDraft(Wave wave, ApplicationForm form, ProblemList problems) {
        return UiFeedback.attempt(() -> {
            if (id == null) {
                id = applications.start(wave.id(), form);
                version = 0;
            } else {
                applications.save(id, version, form);
                version++;
            }
        }, problems::show);
    }

    private ApplicationId currentId() {
        if (id == null) {
            throw new IllegalStateException("No draft yet");
        }
        return id;
    }
}
