package org.praxis.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.assessment.internal.AssessmentService;
import org.praxis.assessment.internal.AssessmentViews.CatalogueEntry;
import org.praxis.assessment.internal.AssessmentViews.Rule;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.UiFeedback;
import org.praxis.requests.events.Capacity;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;

import java.util.ArrayList;
import java.util.List;

/** The catalogue of support routes with typical effort, and the rules that suggest them. */
@Route("assessments/routes")
@PageTitle("assessment.rules.title")
@Menu(title = "assessment.menu.rules", order = 22, icon = "vaadin:options")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class RoutesAndRulesView extends Main {

    private final AssessmentService assessments;
    private final Grid<CatalogueEntry> catalogue = new Grid<>();
    private final Grid<Rule> rules = new Grid<>();

    public RoutesAndRulesView(AssessmentService assessments) {
        this.assessments = assessments;
        addClassName("praxis-view");

        catalogue.addColumn(entry -> getTranslation("assessment.route." + entry.route().name()))
                .setHeader(getTranslation("assessment.route.kind"));
        catalogue.addColumn(CatalogueEntry::description).setHeader(getTranslation("assessment.rules.description"))
                .setFlexGrow(3);
        catalogue.addComponentColumn(this::effortEditor).setHeader(getTranslation("assessment.route.effort"))
                .setAutoWidth(true);
        catalogue.setAllRowsVisible(true);
        catalogue.setAriaLabel(getTranslation("assessment.rules.catalogue"));

        rules.addColumn(this::condition).setHeader(getTranslation("assessment.rules.when")).setFlexGrow(2);
        rules.addColumn(rule -> rule.suggestedTitle()).setHeader(getTranslation("assessment.rules.suggest"))
                .setFlexGrow(2);
        rules.addColumn(Rule::reason).setHeader(getTranslation("assessment.rules.reason")).setFlexGrow(2);
        rules.addComponentColumn(this::activeToggle).setHeader(getTranslation("assessment.rules.active"))
                .setAutoWidth(true);
        rules.setAllRowsVisible(true);
        rules.setAriaLabel(getTranslation("assessment.rules.rules"));

        add(new H1(getTranslation("assessment.rules.title")), new Paragraph(getTranslation("assessment.rules.intro")),
                new H2(getTranslation("assessment.rules.catalogue")), catalogue,
                new H2(getTranslation("assessment.rules.rules")), rules,
                new H2(getTranslation("assessment.rules.add")), newRuleForm());
        refresh();
    }

    private IntegerField effortEditor(CatalogueEntry entry) {
        IntegerField hours = new IntegerField();
        hours.setAriaLabel(getTranslation("assessment.rules.effort-aria",
                getTranslation("assessment.route." + entry.route().name())));
        hours.setMin(0);
        hours.setMax(1000);
        hours.setValue(entry.typicalEffortHours());
        hours.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                try {
                    assessments.setTypicalEffort(entry.route(), e.getValue());
                    UiFeedback.success("assessment.rules.saved");
                } catch (ProblemException problem) {
                    UiFeedback.problem(problem);
                }
            }
        });
        return hours;
    }

    private Checkbox activeToggle(Rule rule) {
        Checkbox active = new Checkbox(rule.active());
        active.setAriaLabel(getTranslation("assessment.rules.active-aria", rule.suggestedTitle()));
        active.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    assessments.setRuleActive(rule.id(), rule.version(), e.getValue());
                    UiFeedback.success("assessment.rules.saved");
                } catch (ProblemException problem) {
                    UiFeedback.problem(problem);
                }
                refresh();
            }
        });
        return active;
    }

    private String condition(Rule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.whenMode() != null) {
            parts.add(getTranslation("assessment.rules.when-mode", getTranslation("requests.mode." + rule.whenMode().name())));
        }
        if (rule.whenLacks() != null) {
            parts.add(getTranslation("assessment.rules.when-lacks", getTranslation("requests.need." + rule.whenLacks().name())));
        }
        if (rule.whenMissing() != null) {
            parts.add(getTranslation("assessment.rules.when-missing",
                    getTranslation("requests.capacity." + rule.whenMissing().name())));
        }
        return String.join(getTranslation("assessment.rules.and"), parts);
    }

    private FormLayout newRuleForm() {
        Select<DeliveryMode> mode = optional(getTranslation("assessment.rules.when-mode-field"), DeliveryMode.values(),
                "requests.mode.");
        Select<Need> lacks = optional(getTranslation("assessment.rules.when-lacks-field"), Need.values(), "requests.need.");
        Select<Capacity> missing = optional(getTranslation("assessment.rules.when-missing-field"), Capacity.values(),
                "requests.capacity.");
        Select<SupportRoute> route = new Select<>();
        route.setLabel(getTranslation("assessment.route.kind"));
        route.setItems(SupportRoute.values());
        route.setItemLabelGenerator(r -> getTranslation("assessment.route." + r.name()));
        route.setValue(SupportRoute.TAILORED_GUIDANCE);
        TextField title = new TextField(getTranslation("assessment.rules.suggest"));
        title.setMaxLength(200);
        TextField reason = new TextField(getTranslation("assessment.rules.reason"));
        reason.setMaxLength(500);
        Button add = new Button(getTranslation("assessment.rules.add-button"), e -> {
            try {
                assessments.addRule(new Rule(java.util.UUID.randomUUID(), lacks.getValue(), mode.getValue(),
                        missing.getValue(), route.getValue(), title.getValue(), reason.getValue(), true, 0));
                UiFeedback.success("assessment.rules.added");
                title.clear();
                reason.clear();
                refresh();
            } catch (ProblemException problem) {
                UiFeedback.problem(problem);
            }
        });
        FormLayout form = new FormLayout(mode, lacks, missing, route, title, reason, add);
        form.setColspan(reason, 2);
        return form;
    }

    private <E extends Enum<E>> Select<E> optional(String label, E[] values, String labelPrefix) {
        Select<E> select = new Select<>();
        select.setLabel(label);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("assessment.rules.any"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("assessment.rules.any")
                : getTranslation(labelPrefix + v.name()));
        return select;
    }

    private void refresh() {
        catalogue.setItems(assessments.catalogue());
        rules.setItems(assessments.rules());
    }
}
