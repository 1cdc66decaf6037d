package org.praxis.hub.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.hub.internal.HubViews.Term;
import org.praxis.hub.internal.Vocabulary;
import org.praxis.hub.internal.VocabularyService;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.UiFeedback;

/** Admins keep the library's vocabularies: add terms, reword them, retire those no longer used. */
@Route("hub/admin/vocabularies")
@PageTitle("hub.vocabulary.title")
@Menu(title = "hub.menu.vocabularies", order = 90, icon = "vaadin:tags")
@RolesAllowed(Roles.ADMIN)
public class VocabularyAdminView extends Main {

    private final VocabularyService vocabularies;
    private final Select<Vocabulary> vocabulary = new Select<>();
    private final Grid<Term> grid = new Grid<>();

    public VocabularyAdminView(VocabularyService vocabularies) {
        this.vocabularies = vocabularies;
        addClassName("praxis-view");
        vocabulary.setLabel(getTranslation("hub.vocabulary.which"));
        vocabulary.setItems(Vocabulary.values());
        vocabulary.setItemLabelGenerator(v -> getTranslation("hub.vocabulary." + v.name()));
        vocabulary.setValue(Vocabulary.KEYWORD);
        vocabulary.addValueChangeListener(e -> refresh());

        TextField label = new TextField(getTranslation("hub.vocabulary.label"));
        label.setMaxLength(VocabularyService.LABEL_MAX);
        TextField description = new TextField(getTranslation("hub.vocabulary.description"));
        description.setMaxLength(500);
        Button add = new Button(getTranslation("hub.vocabulary.add"), e -> {
            try {
                vocabularies.add(vocabulary.getValue(), label.getValue(), description.getValue());
                UiFeedback.success("hub.vocabulary.added", label.getValue().strip());
                label.clear();
                description.clear();
                label.setInvalid(false);
                refresh();
            } catch (InvalidInputException invalid) {
                label.setInvalid(true);
                label.setErrorMessage(getTranslation(invalid.problems().getFirst()));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout addRow = new HorizontalLayout(label, description, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);

        grid.addColumn(Term::label).setHeader(getTranslation("hub.vocabulary.label")).setFlexGrow(2);
        grid.addColumn(Term::description).setHeader(getTranslation("hub.vocabulary.description")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation(t.active() ? "hub.vocabulary.in-use" : "hub.vocabulary.retired"))
                .setHeader(getTranslation("hub.field.status"));
        grid.addComponentColumn(t -> new Button(getTranslation("hub.vocabulary.edit", t.label()), e -> edit(t)))
                .setHeader(getTranslation("hub.vocabulary.actions"));
        grid.setAriaLabel(getTranslation("hub.vocabulary.title"));

        add(new H1(getTranslation("hub.vocabulary.title")), new Paragraph(getTranslation("hub.vocabulary.intro")),
                vocabulary, new H2(getTranslation("hub.vocabulary.add-title")), addRow,
                new H2(getTranslation("hub.vocabulary.terms")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(vocabularies.all().stream().filter(t -> t.vocabulary() == vocabulary.getValue()).toList());
    }

    private void edit(Term term) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("hub.vocabulary.edit", term.label()));
        TextField label = new TextField(getTranslation("hub.vocabulary.label"), term.label(), "");
        label.setMaxLength(VocabularyService.LABEL_MAX);
        TextField description = new TextField(getTranslation("hub.vocabulary.description"), term.description(), "");
        Checkbox active = new Checkbox(getTranslation("hub.vocabulary.active"), term.active());
        active.setHelperText(getTranslation("hub.vocabulary.active-help"));
        dialog.add(label, description, active);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                vocabularies.update(term.id(), term.version(), label.getValue(), description.getValue(), active.getValue());
                dialog.close();
                UiFeedback.success("hub.vocabulary.saved");
                refresh();
            } catch (InvalidInputException invalid) {
                label.setInvalid(true);
                label.setErrorMessage(getTranslation(invalid.problems().getFirst()));
            } catch (ProblemException problem) {
                UiFeedback.problem(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
