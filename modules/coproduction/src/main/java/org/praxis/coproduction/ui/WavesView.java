package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.praxis.coproduction.internal.CoproductionTime;
import org.praxis.coproduction.internal.CoproductionViews.PublicQuestion;
import org.praxis.coproduction.internal.CoproductionViews.Wave;
import org.praxis.coproduction.internal.WaveService;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Role;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.time.LocalDate;

/**
 * Open calls for co-producers: the role in plain words, the commitment and pay, the timeline, questions answered
 * in public, and a way to apply. The team opens waves and answers questions here too.
 */
@Route("coproduction/waves")
@PageTitle("coproduction.waves.title")
@Menu(title = "coproduction.menu.waves", order = 80, icon = "vaadin:users")
@PermitAll
public class WavesView extends Main {

    private final WaveService waves;
    private final CoproductionTime time;
    private final boolean team;

    public WavesView(WaveService waves, CoproductionTime time, CurrentUser currentUser) {
        this.waves = waves;
        this.time = time;
        this.team = currentUser.hasRole(Role.PROGRAMME_TEAM);
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("coproduction.waves.title")), new Paragraph(getTranslation("coproduction.waves.intro")));
        if (team) {
            add(new Div(new RouterLink(getTranslation("coproduction.waves.open-new"), OpenWaveView.class)));
        }
        var all = waves.waves();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("coproduction.waves.empty")));
        }
        all.forEach(wave -> add(wave(wave)));
    }

    private Section wave(Wave wave) {
        LocalDate today = time.today();
        Section section = new Section(new H2(wave.title()));
        section.addClassName("praxis-card");
        section.add(new H3(getTranslation("coproduction.waves.role")), new Paragraph(wave.roleDescription()),
                new H3(getTranslation("coproduction.waves.commitment")), new Paragraph(wave.commitment()),
                new H3(getTranslation("coproduction.waves.pay")), new Paragraph(wave.pay()),
                new H3(getTranslation("coproduction.waves.timeline")));
        UnorderedList timeline = new UnorderedList();
        step(timeline, "coproduction.waves.update-on", wave.updateOn());
        step(timeline, "coproduction.waves.opens-on", wave.opensOn());
        step(timeline, "coproduction.waves.closes-on", wave.closesOn());
        step(timeline, "coproduction.waves.kick-off-on", wave.kickOffOn());
        step(timeline, "coproduction.waves.welcome-on", wave.welcomeOn());
        step(timeline, "coproduction.waves.first-session-on", wave.firstSessionOn());
        section.add(timeline);

        if (wave.acceptsApplications(today)) {
            RouterLink apply = new RouterLink(getTranslation("coproduction.waves.apply"), ApplyView.class,
                    new RouteParameters("id", wave.id().toString()));
            apply.getElement().setAttribute("aria-label", getTranslation("coproduction.waves.apply-to", wave.title()));
            section.add(new Div(apply));
        } else {
            section.add(new Paragraph(getTranslation(today.isBefore(wave.opensOn())
                    ? "coproduction.waves.not-open-yet" : "coproduction.waves.closed")));
        }
        if (team) {
            section.add(new Div(new RouterLink(getTranslation("coproduction.waves.see-applications"),
                    WaveApplicationsView.class, new RouteParameters("id", wave.id().toString()))));
        }
        section.add(questions(wave));
        return section;
    }

    private Div questions(Wave wave) {
        Div questions = new Div(new H3(getTranslation("coproduction.waves.questions")));
        var asked = waves.questions(wave.id());
        if (asked.isEmpty()) {
            questions.add(new Paragraph(getTranslation("coproduction.waves.no-questions")));
        }
        for (PublicQuestion question : asked) {
            Div item = new Div(new Paragraph(getTranslation("coproduction.waves.q", question.question())));
            if (question.answer() != null) {
                item.add(new Paragraph(getTranslation("coproduction.waves.a", question.answer())));
            } else if (team) {
                TextArea answer = new TextArea(getTranslation("coproduction.waves.answer"));
                ProblemList problems = new ProblemList("coproduction.form.problems");
                Button publish = new Button(getTranslation("coproduction.waves.publish-answer"), e -> {
                    if (UiFeedback.attempt(() -> waves.answer(question.id(), answer.getValue()), problems::show)) {
                        refresh();
                    }
                });
                item.add(problems, answer, publish);
            }
            questions.add(item);
        }
        TextArea ask = new TextArea(getTranslation("coproduction.waves.ask"));
        ask.setHelperText(getTranslation("coproduction.waves.ask-help"));
        ask.setWidthFull();
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Button send = new Button(getTranslation("coproduction.waves.send-question"), e -> {
            if (UiFeedback.attempt(() -> waves.ask(wave.id(), ask.getValue()), problems::show)) {
                UiFeedback.success("coproduction.waves.question-sent");
                refresh();
            }
        });
        questions.add(problems, ask, send);
        return questions;
    }

    private void step(UnorderedList timeline, String key, @Nullable LocalDate date) {
        if (date != null) {
            timeline.add(new ListItem(getTranslation(key, CoproductionLabels.date(date))));
        }
    }
}
