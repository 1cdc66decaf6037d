package org.praxis.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.assessment.internal.RouteDraft;
import org.praxis.platform.OrganisationId;

/** Edits one decided support route. */
class RouteEditor extends Div {

    private final Select<SupportRoute> route = new Select<>();
    private final TextField title = new TextField();
    private final TextArea details = new TextArea();
    private final IntegerField effort = new IntegerField();
    private final @Nullable OrganisationId connectWith;
    private final @Nullable String connectWithName;

    RouteEditor(RouteDraft draft, Runnable onRemove) {
        addClassName("praxis-card");
        this.connectWith = draft.connectWith();
        this.connectWithName = draft.connectWithName();

        route.setLabel(getTranslation("assessment.route.kind"));
        route.setItems(SupportRoute.values());
        route.setItemLabelGenerator(r -> getTranslation("assessment.route." + r.name()));
        route.setValue(draft.route());
        title.setLabel(getTranslation("assessment.route.title"));
        title.setMaxLength(200);
        title.setValue(draft.title());
        title.setRequiredIndicatorVisible(true);
        details.setLabel(getTranslation("assessment.route.details"));
        details.setMaxLength(2000);
        details.setValue(draft.details() == null ? "" : draft.details());
        effort.setLabel(getTranslation("assessment.route.effort"));
        effort.setHelperText(getTranslation("assessment.route.effort-help"));
        effort.setMin(0);
        effort.setMax(1000);
        effort.setStepButtonsVisible(true);
        effort.setValue(draft.effortHours());

        Button remove = new Button(getTranslation("assessment.route.remove"), e -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("assessment.route.remove-aria", draft.title()));

        FormLayout form = new FormLayout(route, title, details, effort);
        form.setColspan(details, 2);
        add(form);
        if (connectWithName != null) {
            add(new Paragraph(getTranslation("assessment.route.connect-with", connectWithName)));
        }
        add(remove);
    }

    RouteDraft value() {
        Integer hours = effort.getValue();
        return new RouteDraft(route.getValue(), title.getValue(), details.getValue(), hours == null ? -1 : hours,
                connectWith, connectWithName);
    }

    /** Moves the keyboard to this route (its title), e.g. when someone tries to add it a second time. */
    void focusTitle() {
        title.focus();
    }
}
