package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.internal.WaveForm;
import org.praxis.coproduction.internal.WaveService;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.Arrays;
import java.util.List;

/** The team opens a wave: the call in plain words, the timeline, and what reviewers will score. */
@Route("coproduction/waves/new")
@PageTitle("coproduction.open-wave.title")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class OpenWaveView extends Main {

    /** Each thing reviewers score goes from 0 to this. */
    static final int SCORE_MAX = 5;

    public OpenWaveView(WaveService waves) {
        addClassName("praxis-view");
        TextField title = new TextField(getTranslation("coproduction.open-wave.wave-title"));
        TextArea role = new TextArea(getTranslation("coproduction.open-wave.role"));
        TextArea commitment = new TextArea(getTranslation("coproduction.open-wave.commitment"));
        TextArea pay = new TextArea(getTranslation("coproduction.open-wave.pay"));
        DatePicker update = new DatePicker(getTranslation("coproduction.open-wave.update-on"));
        DatePicker opens = new DatePicker(getTranslation("coproduction.open-wave.opens-on"));
        DatePicker closes = new DatePicker(getTranslation("coproduction.open-wave.closes-on"));
        DatePicker kickOff = new DatePicker(getTranslation("coproduction.open-wave.kick-off-on"));
        DatePicker welcome = new DatePicker(getTranslation("coproduction.open-wave.welcome-on"));
        DatePicker firstSession = new DatePicker(getTranslation("coproduction.open-wave.first-session-on"));
        TextArea criteria = new TextArea(getTranslation("coproduction.open-wave.criteria"));
        criteria.setHelperText(getTranslation("coproduction.open-wave.criteria-help", SCORE_MAX));
        List.of(role, commitment, pay, criteria).forEach(TextArea::setWidthFull);
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Button open = new Button(getTranslation("coproduction.open-wave.open"), e -> {
            List<WaveForm.Criterion> scored = Arrays.stream(criteria.getValue().split("\\R")).map(String::strip)
                    .filter(line -> !line.isEmpty()).map(line -> new WaveForm.Criterion(line, "", SCORE_MAX)).toList();
            WaveForm form = new WaveForm(title.getValue(), role.getValue(), commitment.getValue(), pay.getValue(),
                    update.getValue(), opens.getValue(), closes.getValue(), kickOff.getValue(), welcome.getValue(),
                    firstSession.getValue(), scored);
            if (UiFeedback.attempt(() -> waves.open(form), problems::show)) {
                UiFeedback.success("coproduction.open-wave.opened");
                getUI().ifPresent(ui -> ui.navigate(WavesView.class));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("coproduction.open-wave.title")),
                new Paragraph(getTranslation("coproduction.open-wave.intro")), problems, title, role, commitment, pay,
                update, opens, closes, kickOff, welcome, firstSession, criteria, open);
    }
}
