package org.praxis.hub.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.praxis.hub.events.CollectionId;
import org.praxis.hub.internal.CollectionService;
import org.praxis.hub.internal.CollectionStatus;
import org.praxis.hub.internal.CollectionViews.CollectionDetails;
import org.praxis.hub.internal.CollectionViews.Step;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.platform.ui.UiFeedback;

import java.util.List;
import java.util.UUID;

/**
 * One collection. A pathway shows its steps in order ("Step 2 of 6"), each a link to the resource with
 * its plain-language summary and the curator's note; a resource taken out of the library is shown as
 * "no longer available" instead. Moderators and the programme team edit, publish and take it down here.
 */
@Route("hub/collections/:id([0-9a-fA-F-]{36})")
@PageTitle("hub.collection.title")
@PermitAll
public class CollectionView extends Main implements BeforeEnterObserver {

    private final CollectionService collections;
    private final CurrentUser currentUser;

    public CollectionView(CollectionService collections, CurrentUser currentUser) {
        this.collections = collections;
        this.currentUser = currentUser;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(collections.get(new CollectionId(UUID.fromString(event.getRouteParameters().get("id").orElseThrow()))));
        } catch (IllegalArgumentException | ProblemException notFound) {
            removeAll();
            add(new H1(getTranslation("hub.error.collection-not-found-title")),
                    new Paragraph(getTranslation("hub.error.collection-not-found")),
                    new RouterLink(getTranslation("hub.collection.back"), CollectionsView.class));
        }
    }

    private void show(CollectionDetails collection) {
        removeAll();
        add(new H1(collection.title()));
        Paragraph kind = new Paragraph(kindBadge(this, collection.pathway()));
        if (collection.status() != CollectionStatus.PUBLISHED) {
            kind.add(new Span(" "), statusBadge(this, collection.status()),
                    new Span(" " + getTranslation("hub.collection.status-explained." + collection.status().name())));
        }
        add(kind);
        if (!collection.description().isBlank()) {
            add(new Paragraph(collection.description()));
        }

        add(new H2(getTranslation(collection.pathway() ? "hub.collection.steps" : "hub.collection.contents")));
        if (collection.steps().isEmpty()) {
            add(new Paragraph(getTranslation("hub.collection.empty")));
        } else {
            // The step number is in the text ("Step 2 of 6"), so the list's own numbers are hidden.
            HtmlContainer list = collection.pathway() ? new OrderedList() : new UnorderedList();
            list.getStyle().set("list-style", "none").set("padding-inline-start", "0");
            list.addClassName("hub-collection-steps");
            collection.steps().forEach(step -> list.add(stepItem(collection, step)));
            add(list);
        }
        add(new Paragraph(new RouterLink(getTranslation("hub.collection.back"), CollectionsView.class)));
        if (currentUser.hasRole(Role.MODERATOR) || currentUser.hasRole(Role.PROGRAMME_TEAM)) {
            curation(collection);
        }
    }

    private ListItem stepItem(CollectionDetails collection, Step step) {
        H3 heading = new H3();
        if (collection.pathway()) {
            heading.add(new Span(getTranslation("hub.collection.step", step.number(), collection.steps().size()) + " "));
        }
        ListItem item = new ListItem(heading);
        item.addClassName("praxis-card");
        item.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        if (step.available()) {
            heading.add(HubLabels.linkTo(step.title(), step.resourceId()));
            if (!step.plainSummary().isBlank()) {
                item.add(new Paragraph(step.plainSummary()));
            }
        } else {
            heading.add(new Span(getTranslation("hub.collection.unavailable")));
            item.add(new Paragraph(getTranslation("hub.collection.unavailable-help")));
        }
        if (!step.note().isBlank()) {
            item.add(new Paragraph(getTranslation(collection.pathway() ? "hub.collection.why-step" : "hub.collection.why-here",
                    step.note())));
        }
        return item;
    }

    private void curation(CollectionDetails collection) {
        Div panel = new Div(new H2(getTranslation("hub.collection.curate")));
        panel.addClassName("praxis-card");
        RouterLink edit = new RouterLink(getTranslation("hub.collection.edit"), CollectionEditorView.class,
                new RouteParameters("id", collection.id().toString()));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (collection.status() == CollectionStatus.PUBLISHED) {
            Button unpublish = new Button(getTranslation("hub.collection.unpublish"),
                    e -> act(collection.id(), () -> collections.unpublish(collection.id(), collection.version()),
                            "hub.collection.unpublished"));
            actions.add(unpublish, edit);
        } else {
            Button publish = new Button(getTranslation("hub.collection.publish"),
                    e -> act(collection.id(), () -> collections.publish(collection.id(), collection.version()),
                            "hub.collection.published"));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish, edit);
            List<String> problems = collections.publishingProblems(collection.id());
            if (!problems.isEmpty()) {
                Div box = new Div(new Paragraph(getTranslation("hub.collection.cannot-publish-yet")));
                box.addClassName("praxis-problems");
                UnorderedList list = new UnorderedList();
                problems.forEach(p -> list.add(new ListItem(getTranslation(p))));
                box.add(list);
                panel.add(box);
            }
        }
        panel.add(actions);
        add(panel);
    }

    private void act(CollectionId id, Runnable action, String doneKey) {
        if (UiFeedback.attempt(action, problems -> UiFeedback.problem(problems.getFirst()))) {
            UiFeedback.success(doneKey);
        }
        show(collections.get(id));
    }

    static RouterLink linkTo(String title, CollectionId id) {
        return new RouterLink(title, CollectionView.class, new RouteParameters("id", id.toString()));
    }

    static Span kindBadge(Component component, boolean pathway) {
        Span badge = new Span(component.getTranslation(pathway ? "hub.collection.kind.pathway" : "hub.collection.kind.collection"));
        badge.addClassName("praxis-status");
        return badge;
    }

    static Span statusBadge(Component component, CollectionStatus status) {
        Span badge = new Span(component.getTranslation("hub.collection.status." + status.name()));
        badge.addClassName("praxis-status");
        return badge;
    }
}
