package org.crp.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crp.learning.internal.LearningLinks;
import org.crp.learning.internal.LearningLogService;
import org.crp.learning.internal.LearningTime;
import org.crp.learning.internal.LearningViews.LogEntry;
import org.crp.learning.internal.ReflectionForm;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.List;

/**
 * The signed-in person's learning log: a reflection after each session they attended. Private to them unless
 * they tick "share with the programme team".
 */
@Route(LearningLinks.LOG)
@PageTitle("learning.log.title")
@Menu(title = "learning.menu.log", order = 640, icon = "vaadin:notebook")
@PermitAll
public class LearningLogView extends Main {

    private final LearningLogService log;
    private final LearningTime time;

    public LearningLogView(LearningLogService log, LearningTime time) {
        this.log = log;
        this.time = time;
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("learning.log.title")), new Paragraph(getTranslation("learning.log.intro")));
        List<LogEntry> entries = log.myLog();
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("learning.log.empty")));
        }
        entries.forEach(entry -> add(entry(entry)));
    }

    private Section entry(LogEntry entry) {
        ProblemList problems = new ProblemList("learning.form.problems");
        TextArea body = new TextArea(getTranslation("learning.log.reflection-for", entry.sessionTitle()));
        body.setHelperText(getTranslation("learning.log.prompt"));
        body.setMaxLength(ReflectionForm.BODY_MAX);
        body.setWidthFull();
        body.setMinHeight("8em");
        body.setValue(entry.body() == null ? "" : entry.body());
        Checkbox shared = new Checkbox(getTranslation("learning.log.share"), entry.sharedWithTeam());
        Button save = new Button(getTranslation(entry.written() ? "learning.log.save-changes" : "learning.log.save"), e -> {
            if (UiFeedback.attempt(() -> log.saveReflection(entry.sessionId(), entry.version(),
                    new ReflectionForm(body.getValue(), shared.getValue())), problems::show)) {
                UiFeedback.success("learning.log.saved");
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section section = new Section(new H2(entry.sessionTitle()),
                new Paragraph(getTranslation("learning.log.attended", entry.runName(),
                        LearningLabels.date(entry.startsAt(), time.zone()))),
                new Paragraph(getTranslation(entry.written() ? (entry.sharedWithTeam() ? "learning.log.state-shared"
                        : "learning.log.state-private") : "learning.log.state-unwritten")),
                problems, body, shared, save);
        section.addClassName("praxis-card");
        return section;
    }
}
