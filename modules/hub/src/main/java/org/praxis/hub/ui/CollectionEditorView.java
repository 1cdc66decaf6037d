package org.praxis.hub.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.praxis.hub.events.CollectionId;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.CollectionForm;
import org.praxis.hub.internal.CollectionService;
import org.praxis.hub.internal.CollectionViews.CollectionDetails;
import org.praxis.hub.internal.HubViews.ResourceRef;
import org.praxis.hub.internal.ResourceService;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates or changes a collection: title, plain-language description, whether it is a pathway, and its
 * published resources in order, each with an optional note. The order is changed with "Move up" and
 * "Move down" buttons (keyboard usable; each one's accessible name starts with its visible text and
 * names the resource), and every move is announced. Nothing is saved until "Save"; then every problem
 * is listed at once.
 */
@Route("hub/collections/edit/:id?")
@PageTitle("hub.collection-editor.title")
@RolesAllowed({Roles.MODERATOR, Roles.PROGRAMME_TEAM})
public class CollectionEditorView extends Main implements BeforeEnterObserver {

    /** One resource in the list being edited. */
    private static final class Entry {
        private final ResourceId resourceId;
        private final String title;
        private final boolean available;
        private String note;

        private Entry(ResourceId resourceId, String title, boolean available, String note) {
            this.resourceId = resourceId;
            this.title = title;
            this.available = available;
            this.note = note;
        }
    }

    private final CollectionService collections;
    private final H1 heading = new H1();
    private final ProblemList problems = new ProblemList("hub.collection-editor.problems");
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Checkbox pathway = new Checkbox();
    private final Paragraph none = new Paragraph();
    private final OrderedList list = new OrderedList();
    private final Span announcement = new Span();
    private final ComboBox<ResourceRef> picker = new ComboBox<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Button[]> rowButtons = new ArrayList<>();
    private @Nullable CollectionId id;
    private int version;

    public CollectionEditorView(CollectionService collections, ResourceService resources) {
        this.collections = collections;
        addClassName("praxis-view");

        title.setLabel(getTranslation("hub.collection-editor.field.title"));
        title.setMaxLength(CollectionForm.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        description.setLabel(getTranslation("hub.collection-editor.field.description"));
        description.setHelperText(getTranslation("hub.collection-editor.field.description-help"));
        description.setMaxLength(CollectionForm.DESCRIPTION_MAX);
        description.setWidthFull();
        pathway.setLabel(getTranslation("hub.collection-editor.field.pathway"));

        none.setText(getTranslation("hub.collection-editor.none"));
        list.getStyle().set("list-style", "none").set("padding-inline-start", "0");
        list.addClassName("hub-collection-editor-list");
        announcement.getElement().setAttribute("role", "status");
        announcement.getElement().setAttribute("aria-live", "polite");
        announcement.addClassName("hub-announcement");

        picker.setLabel(getTranslation("hub.collection-editor.add-resource"));
        picker.setHelperText(getTranslation("hub.collection-editor.add-resource-help"));
        picker.setItems(query -> resources.findPublished(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        picker.setItemLabelGenerator(ref -> ref.ownerOrganisationName().isBlank() ? ref.title()
                : ref.title() + " – " + ref.ownerOrganisationName());
        picker.setClearButtonVisible(true);
        picker.setWidth("28rem");
        Button addButton = new Button(getTranslation("hub.collection-editor.add"), e -> addChosen());
        HorizontalLayout addRow = new HorizontalLayout(picker, addButton);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);

        Button save = new Button(getTranslation("hub.collection-editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> leave());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div steps = new Div(new H2(getTranslation("hub.collection-editor.resources")), none, list, announcement, addRow);
        add(heading, new Paragraph(getTranslation("hub.collection-editor.intro")), problems, title, description,
                pathway, steps, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> parameter = event.getRouteParameters().get("id");
        entries.clear();
        problems.clear();
        if (parameter.isEmpty()) {
            id = null;
            version = 0;
            heading.setText(getTranslation("hub.collection-editor.title-new"));
            render();
            return;
        }
        try {
            CollectionDetails collection = collections.get(new CollectionId(UUID.fromString(parameter.get())));
            id = collection.id();
            version = collection.version();
            heading.setText(getTranslation("hub.collection-editor.title-edit"));
            title.setValue(collection.title());
            description.setValue(collection.description());
            pathway.setValue(collection.pathway());
            collection.steps().forEach(s -> entries.add(new Entry(s.resourceId(), s.title(), s.available(), s.note())));
            render();
        } catch (IllegalArgumentException | ProblemException notFound) {
            UiFeedback.problem("hub.error.collection-not-found");
            event.forwardTo(CollectionsView.class);
        }
    }

    private void render() {
        list.removeAll();
        rowButtons.clear();
        none.setVisible(entries.isEmpty());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int index = i;
            Span name = new Span(getTranslation("hub.collection-editor.position", i + 1) + " "
                    + (entry.available ? entry.title : getTranslation("hub.collection-editor.unavailable", entry.title)));
            name.getStyle().set("font-weight", "600");
            TextField note = new TextField(getTranslation("hub.collection-editor.note", entry.title));
            note.setMaxLength(CollectionForm.NOTE_MAX);
            note.setWidthFull();
            note.setValue(entry.note);
            note.addValueChangeListener(e -> entry.note = e.getValue());
            Button up = rowButton("hub.collection-editor.move-up", "hub.collection-editor.move-up-named", entry,
                    () -> move(index, -1));
            up.setEnabled(i > 0);
            Button down = rowButton("hub.collection-editor.move-down", "hub.collection-editor.move-down-named", entry,
                    () -> move(index, 1));
            down.setEnabled(i < entries.size() - 1);
            Button remove = rowButton("hub.collection-editor.remove", "hub.collection-editor.remove-named", entry,
                    () -> remove(index));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            rowButtons.add(new Button[]{up, down, remove});
            HorizontalLayout buttons = new HorizontalLayout(up, down, remove);
            buttons.setWrap(true);
            ListItem item = new ListItem(name, note, buttons);
            item.addClassName("praxis-card");
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            list.add(item);
        }
    }

    /** A button whose accessible name starts with its visible text and names the resource it acts on. */
    private Button rowButton(String textKey, String nameKey, Entry entry, Runnable action) {
        Button button = new Button(getTranslation(textKey), e -> action.run());
        button.getElement().setAttribute("aria-label", getTranslation(nameKey, entry.title));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Moves the entry at {@code index} one place; keeps the keyboard focus on the moved entry's button. */
    void move(int index, int by) {
        int target = index + by;
        if (target < 0 || target >= entries.size()) {
            return;
        }
        Collections.swap(entries, index, target);
        render();
        Entry moved = entries.get(target);
        announcement.setText(getTranslation("hub.collection-editor.moved", moved.title, target + 1, entries.size()));
        Button[] buttons = rowButtons.get(target);
        Button same = by < 0 ? buttons[0] : buttons[1];
        (same.isEnabled() ? same : by < 0 ? buttons[1] : buttons[0]).focus();
    }

    private void remove(int index) {
        Entry removed = entries.remove(index);
        render();
        announcement.setText(getTranslation("hub.collection-editor.removed", removed.title));
        picker.focus();
    }

    private void addChosen() {
        ResourceRef chosen = picker.getValue();
        if (chosen == null) {
            UiFeedback.problem("hub.collection-editor.choose-first");
            return;
        }
        if (entries.stream().anyMatch(e -> e.resourceId.equals(chosen.id()))) {
            UiFeedback.problem("hub.collection-editor.already-in");
            return;
        }
        entries.add(new Entry(chosen.id(), chosen.title(), true, ""));
        picker.clear();
        render();
        announcement.setText(getTranslation("hub.collection-editor.added", chosen.title(), entries.size()));
    }

    private void save() {
        CollectionForm form = new CollectionForm();
        form.setTitle(title.getValue());
        form.setDescription(description.getValue());
        form.setPathway(pathway.getValue());
        form.setItems(entries.stream().map(e -> new CollectionForm.Item(e.resourceId, e.note)).toList());
        boolean saved = UiFeedback.attempt(() -> {
            if (id == null) {
                id = collections.create(form);
            } else {
                collections.update(id, version, form);
                version++;
            }
        }, problems::show);
        if (saved) {
            problems.clear();
            UiFeedback.success("hub.collection-editor.saved");
            leave();
        }
    }

    private void leave() {
        CollectionId saved = id;
        getUI().ifPresent(ui -> {
            if (saved == null) {
                ui.navigate(CollectionsView.class);
            } else {
                ui.navigate(CollectionView.class, new RouteParameters("id", saved.toString()));
            }
        });
    }

    /** Titles in their current order, for tests. */
    List<String> titles() {
        return entries.stream().map(e -> e.title).toList();
    }
}
