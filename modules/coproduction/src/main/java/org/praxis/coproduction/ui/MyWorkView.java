package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.internal.AssignmentService;
import org.praxis.coproduction.internal.LivedExperience;
import org.praxis.coproduction.internal.LivedExperienceService;
import org.praxis.coproduction.internal.SensitiveAudience;
import org.praxis.coproduction.internal.OnboardingService;
import org.praxis.coproduction.internal.OnboardingStep;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A co-producer's own work: their onboarding checklist, what they offer, and where they work with whose support. */
@Route("coproduction/my-work")
@PageTitle("coproduction.my-work.title")
@Menu(title = "coproduction.menu.my-work", order = 89, icon = "vaadin:briefcase")
@RolesAllowed(Roles.CO_PRODUCER)
public class MyWorkView extends Main {

    private final OnboardingService onboarding;
    private final AssignmentService assignments;
    private final CurrentUser currentUser;
    private final LivedExperienceService livedExperience;

    public MyWorkView(OnboardingService onboarding, AssignmentService assignments, CurrentUser currentUser,
                      LivedExperienceService livedExperience) {
        this.onboarding = onboarding;
        this.livedExperience = livedExperience;
        this.assignments = assignments;
        this.currentUser = currentUser;
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("coproduction.my-work.title")));
        try {
            var progress = onboarding.myProgress();
            add(new H2(getTranslation("coproduction.my-work.checklist")));
            UnorderedList steps = new UnorderedList();
            for (OnboardingStep step : OnboardingStep.values()) {
                String label = getTranslation("coproduction.onboarding." + step.name());
                ListItem item = new ListItem(getTranslation(progress.done().containsKey(step)
                        ? "coproduction.my-work.step-done" : "coproduction.my-work.step-to-do", label));
                if (!progress.done().containsKey(step) && step.coproducersOwn()) {
                    Button tick = new Button(getTranslation("coproduction.my-work.tick"), e -> {
                        if (UiFeedback.attempt(() -> onboarding.markDone(currentUser.require().personId(), step),
                                problems -> UiFeedback.problem(problems.getFirst()))) {
                            refresh();
                        }
                    });
                    tick.getElement().setAttribute("aria-label", getTranslation("coproduction.my-work.tick-step", label));
                    item.add(tick);
                }
                steps.add(item);
            }
            add(steps);
        } catch (ProblemException noAgreement) {
            add(new Paragraph(getTranslation("coproduction.error.no-agreement")));
            return;
        }
        var profile = assignments.myProfile();
        TextField skills = new TextField(getTranslation("coproduction.my-work.skills"));
        skills.setHelperText(getTranslation("coproduction.my-work.skills-help"));
        skills.setValue(String.join(", ", profile.skills()));
        skills.setWidthFull();
        BigDecimalField hours = new BigDecimalField(getTranslation("coproduction.my-work.hours"));
        hours.setValue(profile.hoursAMonth());
        Checkbox open = new Checkbox(getTranslation("coproduction.my-work.open"), profile.openToSuggestions());
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Button save = new Button(getTranslation("coproduction.my-work.save"), e -> {
            var tags = Arrays.stream(skills.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
            if (UiFeedback.attempt(() -> assignments.saveMyProfile(tags,
                    hours.getValue() == null ? BigDecimal.ZERO : hours.getValue(), open.getValue()), problems::show)) {
                UiFeedback.success("coproduction.my-work.saved");
            }
        });
        add(new H2(getTranslation("coproduction.my-work.offer")), problems, skills, hours, open, new Div(save),
                new H2(getTranslation("coproduction.my-work.where")));
        var mine = assignments.myAssignments();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("coproduction.my-work.nowhere")));
        }
        UnorderedList list = new UnorderedList();
        mine.forEach(a -> list.add(new ListItem(getTranslation("coproduction.my-work.assignment", a.project(),
                a.elementTitle(), a.hoursAMonth(), a.supportContactName()))));
        add(list, livedExperience());
    }

    /** Sensitive: private until the person consents, then only for the people they choose. */
    private Section livedExperience() {
        LivedExperience mine = livedExperience.mine();
        TextArea description = new TextArea(getTranslation("coproduction.lived-experience.description"));
        description.setValue(mine.description());
        description.setWidthFull();
        Checkbox consent = new Checkbox(getTranslation("coproduction.lived-experience.consent"), mine.consent());
        CheckboxGroup<SensitiveAudience> audience = new CheckboxGroup<>(
                getTranslation("coproduction.lived-experience.audience"));
        audience.setItems(SensitiveAudience.values());
        audience.setItemLabelGenerator(a -> getTranslation("coproduction.audience." + a.name()));
        audience.setValue(mine.audience());
        ProblemList problems = new ProblemList("coproduction.form.problems")
                .field("coproduction.validation.lived-experience-too-long", description)
                .field("coproduction.validation.lived-experience-audience", audience);
        Button save = new Button(getTranslation("coproduction.lived-experience.save"), e -> {
            if (UiFeedback.attempt(() -> livedExperience.saveMine(description.getValue(), consent.getValue(),
                    audience.getValue(), mine.version()), problems::show)) {
                UiFeedback.success("coproduction.lived-experience.saved");
                refresh();
            }
        });
        return new Section(new H2(getTranslation("coproduction.lived-experience.heading")),
                new Paragraph(getTranslation("coproduction.lived-experience.help")), problems, description, consent,
                audience, new Div(save));
    }
}
