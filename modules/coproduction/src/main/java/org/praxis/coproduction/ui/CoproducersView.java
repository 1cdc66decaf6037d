package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.internal.LivedExperienceService;
import org.praxis.coproduction.internal.OnboardingService;
import org.praxis.coproduction.internal.OnboardingStep;
import org.praxis.coproduction.internal.OnboardingViews.Progress;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.UiFeedback;

/** The team's view of onboarding: where each co-producer has stalled, the longest waiting first. */
@Route("coproduction/coproducers")
@PageTitle("coproduction.coproducers.title")
@Menu(title = "coproduction.menu.coproducers", order = 83, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class CoproducersView extends Main {

    private final OnboardingService onboarding;
    private final LivedExperienceService livedExperience;

    public CoproducersView(OnboardingService onboarding, LivedExperienceService livedExperience) {
        this.onboarding = onboarding;
        this.livedExperience = livedExperience;
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("coproduction.coproducers.title")),
                new Paragraph(getTranslation("coproduction.coproducers.intro")));
        var everyone = onboarding.everyone();
        if (everyone.isEmpty()) {
            add(new Paragraph(getTranslation("coproduction.coproducers.empty")));
        }
        everyone.forEach(progress -> add(person(progress)));
    }

    private Section person(Progress progress) {
        Section section = new Section(new H2(progress.name()));
        section.addClassName("praxis-card");
        // Only with the person's consent, and only if they allowed this reader.
        livedExperience.of(progress.person()).ifPresent(text -> section.add(new Paragraph(
                getTranslation("coproduction.lived-experience.shown", text))));
        OnboardingStep next = progress.stalledAt();
        if (next == null) {
            section.add(new Paragraph(getTranslation("coproduction.coproducers.done")));
            return section;
        }
        section.add(new Paragraph(getTranslation("coproduction.coproducers.stalled",
                getTranslation("coproduction.onboarding." + next.name()), progress.daysSinceAgreement(),
                progress.done().size(), OnboardingStep.values().length)));
        Button tick = new Button(getTranslation("coproduction.coproducers.tick",
                getTranslation("coproduction.onboarding." + next.name())), e -> {
            if (UiFeedback.attempt(() -> onboarding.markDone(progress.person(), next),
                    problems -> UiFeedback.problem(problems.getFirst()))) {
                refresh();
            }
        });
        tick.getElement().setAttribute("aria-label", getTranslation("coproduction.coproducers.tick-for",
                getTranslation("coproduction.onboarding." + next.name()), progress.name()));
        section.add(new Div(tick));
        return section;
    }
}
