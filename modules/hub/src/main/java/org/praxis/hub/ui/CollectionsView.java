package org.praxis.hub.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.praxis.hub.internal.CollectionService;
import org.praxis.hub.internal.CollectionStatus;
import org.praxis.hub.internal.CollectionViews.CollectionSummary;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Role;

import java.util.List;

/**
 * The collections and curated pathways readers can follow. Moderators and the programme team also see
 * the ones not yet published (marked so in words) and start new ones here.
 */
@Route("hub/collections")
@PageTitle("hub.collections.title")
@Menu(title = "hub.menu.collections", order = 34, icon = "vaadin:list-ol")
@PermitAll
public class CollectionsView extends Main {

    public CollectionsView(CollectionService collections, CurrentUser currentUser) {
        addClassName("praxis-view");
        add(new H1(getTranslation("hub.collections.title")), new Paragraph(getTranslation("hub.collections.intro")));
        if (currentUser.hasRole(Role.MODERATOR) || currentUser.hasRole(Role.PROGRAMME_TEAM)) {
            Button create = new Button(getTranslation("hub.collections.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(CollectionEditorView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        List<CollectionSummary> all = collections.list();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("hub.collections.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.getStyle().set("list-style", "none").set("padding-inline-start", "0");
        for (CollectionSummary collection : all) {
            Paragraph kind = new Paragraph(CollectionView.kindBadge(this, collection.pathway()),
                    new Span(" " + getTranslation(collection.pathway() ? "hub.collection.steps-count" : "hub.collection.count",
                            collection.resources())));
            if (collection.status() != CollectionStatus.PUBLISHED) {
                kind.add(new Span(" "), CollectionView.statusBadge(this, collection.status()));
            }
            ListItem item = new ListItem(new H2(CollectionView.linkTo(collection.title(), collection.id())), kind);
            if (!collection.description().isBlank()) {
                item.add(new Paragraph(collection.description()));
            }
            item.addClassName("praxis-card");
            item.getStyle().set("margin-bottom", "var(--lumo-space-m)");
            list.add(item);
        }
        add(list);
    }
}
