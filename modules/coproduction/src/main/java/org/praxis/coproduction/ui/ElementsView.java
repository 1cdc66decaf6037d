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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.internal.AssignmentService;
import org.praxis.coproduction.internal.CoproductionViews.Element;
import org.praxis.coproduction.internal.CoproductionViews.KnownPerson;
import org.praxis.coproduction.internal.OnboardingViews.Suggestion;
import org.praxis.coproduction.internal.PayService;
import org.praxis.coproduction.internal.ShortlistService;
import org.praxis.coproduction.internal.ValuesPulseService;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

/**
 * Project elements and who works on them: the people assigned with their support contact, and suggestions that
 * respect consent and capacity, each with its reasons.
 */
@Route("coproduction/elements")
@PageTitle("coproduction.elements.title")
@Menu(title = "coproduction.menu.elements", order = 88, icon = "vaadin:sitemap")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class ElementsView extends Main {

    private final PayService pay;
    private final AssignmentService assignments;
    private final ShortlistService shortlist;
    private final ValuesPulseService pulse;

    public ElementsView(PayService pay, AssignmentService assignments, ShortlistService shortlist,
                        ValuesPulseService pulse) {
        this.pay = pay;
        this.pulse = pulse;
        this.assignments = assignments;
        this.shortlist = shortlist;
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("coproduction.elements.title")));
        var elements = pay.elements();
        if (elements.isEmpty()) {
            add(new Paragraph(getTranslation("coproduction.elements.empty")));
        }
        elements.forEach(element -> add(element(element)));
    }

    private Section element(Element element) {
        Section section = new Section(new H2(element.project() + ": " + element.title()),
                new Paragraph(getTranslation("coproduction.elements.lead", element.lead().name())));
        section.addClassName("praxis-card");
        if (element.finishedOn() != null) {
            section.add(new Paragraph(getTranslation("coproduction.elements.finished",
                    CoproductionLabels.date(element.finishedOn()))));
        } else {
            Button finish = new Button(getTranslation("coproduction.elements.finish"), e -> {
                if (UiFeedback.attempt(() -> pulse.finish(element.id()), p -> UiFeedback.problem(p.getFirst()))) {
                    UiFeedback.success("coproduction.elements.finished-done");
                    refresh();
                }
            });
            finish.getElement().setAttribute("aria-label",
                    getTranslation("coproduction.elements.finish-element", element.title()));
            section.add(new Div(finish));
        }
        UnorderedList assigned = new UnorderedList();
        assignments.assignmentsTo(element.id()).forEach(a -> assigned.add(new ListItem(getTranslation(
                "coproduction.elements.assigned", a.coproducerName(), a.hoursAMonth(), a.supportContactName()))));
        section.add(new H3(getTranslation("coproduction.elements.who")), assigned,
                new H3(getTranslation("coproduction.elements.suggested")));
        var suggestions = assignments.suggestions(element.id());
        if (suggestions.isEmpty()) {
            section.add(new Paragraph(getTranslation("coproduction.elements.no-suggestions")));
        }
        for (Suggestion suggestion : suggestions) {
            section.add(suggestion(element, suggestion));
        }
        return section;
    }

    private Div suggestion(Element element, Suggestion suggestion) {
        String why = suggestion.matchingSkills().isEmpty()
                ? getTranslation("coproduction.elements.why-hours", suggestion.freeHours())
                : getTranslation("coproduction.elements.why", String.join(", ", suggestion.matchingSkills()),
                suggestion.freeHours());
        BigDecimalField hours = new BigDecimalField(getTranslation("coproduction.elements.hours"));
        hours.setValue(suggestion.freeHours());
        Select<KnownPerson> support = new Select<>();
        support.setLabel(getTranslation("coproduction.elements.support"));
        support.setItems(shortlist.possibleReviewers().stream()
                .filter(p -> !p.id().equals(suggestion.person())).toList());
        support.setItemLabelGenerator(KnownPerson::name);
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Button assign = new Button(getTranslation("coproduction.elements.assign"), e -> {
            if (support.getValue() == null || hours.getValue() == null) {
                problems.show(java.util.List.of("coproduction.validation.assignment-incomplete"));
                return;
            }
            if (UiFeedback.attempt(() -> assignments.assign(element.id(), suggestion.person(), hours.getValue(),
                    support.getValue().id()), problems::show)) {
                UiFeedback.success("coproduction.elements.assigned-done");
                refresh();
            }
        });
        assign.getElement().setAttribute("aria-label",
                getTranslation("coproduction.elements.assign-person", suggestion.name(), element.title()));
        return new Div(new Paragraph(suggestion.name() + ": " + why), problems, hours, support, assign);
    }
}
