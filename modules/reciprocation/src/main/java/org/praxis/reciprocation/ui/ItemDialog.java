package org.praxis.reciprocation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.jspecify.annotations.Nullable;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.PersonId;
import org.praxis.platform.ProblemException;
import org.praxis.platform.ui.UiFeedback;
import org.praxis.reciprocation.events.ReciprocationType;
import org.praxis.reciprocation.events.Side;
import org.praxis.reciprocation.internal.AgreementService;
import org.praxis.reciprocation.internal.AgreementViews.AgreementDetails;
import org.praxis.reciprocation.internal.AgreementViews.Item;
import org.praxis.reciprocation.internal.AgreementViews.Person;
import org.praxis.reciprocation.internal.ItemForm;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Adds or changes an item on one side of an agreement. Problems are listed in plain words and shown on
 * the fields they concern; nothing is saved until the service accepts the whole item.
 */
class ItemDialog extends Dialog {

    private final AgreementService agreements;
    private final AgreementDetails agreement;
    private final Side side;
    private final @Nullable UUID itemId;
    private final Runnable afterSave;
    private final Binder<ItemForm> binder = new Binder<>(ItemForm.class);
    private final Div problems = new Div();
    private final Map<String, HasValidation> fieldsByProblem = new LinkedHashMap<>();

    ItemDialog(AgreementService agreements, AgreementDetails agreement, Side side, @Nullable Item item,
               Runnable afterSave) {
        this.agreements = agreements;
        this.agreement = agreement;
        this.side = side;
        this.itemId = item == null ? null : item.id();
        this.afterSave = afterSave;

        boolean support = side == Side.SUPPORT;
        setHeaderTitle(getTranslation(item == null
                ? (support ? "reciprocation.item.add-support" : "reciprocation.item.add-reciprocation")
                : "reciprocation.item.edit-title"));

        TextField title = new TextField(getTranslation("reciprocation.field.title"));
        title.setMaxLength(ItemForm.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        TextArea details = new TextArea(getTranslation("reciprocation.field.details"));
        details.setMaxLength(ItemForm.DETAILS_MAX);
        details.setHelperText(getTranslation("reciprocation.field.details-help"));
        details.setWidthFull();

        Select<SupportRoute> route = new Select<>();
        route.setLabel(getTranslation("reciprocation.field.route"));
        route.setItems(SupportRoute.values());
        route.setItemLabelGenerator(r -> r == null ? getTranslation("reciprocation.category.none")
                : getTranslation("reciprocation.route." + r.name()));
        route.setEmptySelectionAllowed(true);
        route.setEmptySelectionCaption(getTranslation("reciprocation.category.none"));

        Select<ReciprocationType> type = new Select<>();
        type.setLabel(getTranslation("reciprocation.field.type"));
        type.setItems(ReciprocationType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("reciprocation.type." + t.name()));
        type.setRequiredIndicatorVisible(true);
        type.setHelperText(getTranslation("reciprocation.field.type-help"));
        type.addValueChangeListener(e -> type.setHelperText(e.getValue() == null
                ? getTranslation("reciprocation.field.type-help")
                : getTranslation("reciprocation.type-explained." + e.getValue().name())));

        TextField owner = new TextField(getTranslation("reciprocation.field.owner"));
        owner.setMaxLength(ItemForm.OWNER_MAX);
        owner.setHelperText(getTranslation(support ? "reciprocation.field.owner-help-support"
                : "reciprocation.field.owner-help-reciprocation", agreement.organisationName()));

        List<Person> candidates = agreement.responsibleCandidates();
        Select<Person> responsible = new Select<>();
        responsible.setLabel(getTranslation("reciprocation.field.responsible"));
        responsible.setHelperText(getTranslation("reciprocation.field.responsible-help"));
        responsible.setItems(candidates);
        responsible.setItemLabelGenerator(p -> p == null ? getTranslation("reciprocation.field.nobody")
                : getTranslation("reciprocation.person." + p.role().name(), p.name()));
        responsible.setEmptySelectionAllowed(true);
        responsible.setEmptySelectionCaption(getTranslation("reciprocation.field.nobody"));

        IntegerField effort = new IntegerField(getTranslation("reciprocation.field.effort"));
        effort.setMin(0);
        effort.setMax(ItemForm.EFFORT_MAX);
        effort.setStepButtonsVisible(true);
        effort.setHelperText(getTranslation("reciprocation.field.effort-help"));

        DatePicker due = new DatePicker(getTranslation("reciprocation.field.due"));
        due.setRequiredIndicatorVisible(true);
        due.setHelperText(getTranslation("reciprocation.field.due-help"));
        if (item == null) {
            due.setMin(LocalDate.now());
        }
        due.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("reciprocation.validation.due-date-in-past"))
                .setBadInputErrorMessage(getTranslation("reciprocation.validation.due-date-unreadable")));

        binder.forField(title).bind(ItemForm::getTitle, ItemForm::setTitle);
        binder.forField(details).bind(ItemForm::getDetails, ItemForm::setDetails);
        binder.forField(owner).bind(ItemForm::getOwner, ItemForm::setOwner);
        binder.forField(effort).withConverter(v -> v == null ? 0 : v, v -> v)
                .bind(ItemForm::getEffortHours, ItemForm::setEffortHours);
        binder.forField(due).bind(ItemForm::getDueDate, ItemForm::setDueDate);
        binder.forField(responsible)
                .withConverter(p -> p == null ? null : p.id(), (PersonId id) -> id == null ? null
                        : candidates.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null))
                .bind(ItemForm::getResponsible, ItemForm::setResponsible);
        if (support) {
            binder.forField(route).bind(ItemForm::getRoute, ItemForm::setRoute);
        } else {
            binder.forField(type).bind(ItemForm::getType, ItemForm::setType);
        }

        fieldsByProblem.put("reciprocation.validation.title-", title);
        fieldsByProblem.put("reciprocation.validation.details-", details);
        fieldsByProblem.put("reciprocation.validation.type-", type);
        fieldsByProblem.put("reciprocation.validation.owner-", owner);
        fieldsByProblem.put("reciprocation.validation.responsible-", responsible);
        fieldsByProblem.put("reciprocation.validation.effort-", effort);
        fieldsByProblem.put("reciprocation.validation.due-date-", due);

        problems.addClassName("praxis-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);

        FormLayout form = new FormLayout();
        form.add(title, 2);
        form.add(details, 2);
        form.add(support ? route : type, owner, responsible, effort, due);
        add(new Paragraph(getTranslation(support ? "reciprocation.item.support-explain"
                : "reciprocation.item.reciprocation-explain", agreement.organisationName())), problems, form);
        if (agreement.status() != org.praxis.reciprocation.internal.AgreementStatus.DRAFT) {
            add(new Paragraph(getTranslation("reciprocation.item.change-needs-acceptance")));
        }

        ItemForm initial = item == null ? newItem() : agreements.itemForm(agreement.id(), item.id());
        binder.readBean(initial);

        Button save = new Button(getTranslation("reciprocation.item.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(48rem, 100vw)");
    }

    private ItemForm newItem() {
        ItemForm form = new ItemForm();
        LocalDate start = agreement.timelineStart();
        form.setDueDate(start.isBefore(LocalDate.now()) ? LocalDate.now() : start);
        return form;
    }

    private void save() {
        ItemForm form = new ItemForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        fieldsByProblem.values().forEach(field -> field.setInvalid(false));
        try {
            if (itemId == null) {
                agreements.addItem(agreement.id(), agreement.version(), side, form);
            } else {
                agreements.updateItem(agreement.id(), itemId, agreement.version(), form);
            }
            UiFeedback.success(itemId == null ? "reciprocation.item.added" : "reciprocation.item.saved");
            close();
            afterSave.run();
        } catch (InvalidInputException invalid) {
            showProblems(invalid.problems());
        } catch (ProblemException problem) {
            showProblems(List.of(problem.messageKey()));
            UiFeedback.problem(problem);
        }
    }

    private void showProblems(List<String> keys) {
        problems.removeAll();
        problems.setVisible(!keys.isEmpty());
        UnorderedList list = new UnorderedList();
        for (String key : keys) {
            String text = getTranslation(key);
            list.add(new ListItem(text));
            fieldsByProblem.forEach((prefix, field) -> {
                if (key.startsWith(prefix)) {
                    field.setErrorMessage(text);
                    field.setInvalid(true);
                }
            });
        }
        problems.add(new Paragraph(getTranslation("reciprocation.problems")), list);
    }
}
