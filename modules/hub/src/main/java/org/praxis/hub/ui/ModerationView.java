package org.praxis.hub.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.hub.internal.HubViews.ResourceSummary;
import org.praxis.hub.internal.ResourceService;
import org.praxis.hub.internal.ResourceService.Queue;
import org.praxis.hub.internal.Vocabulary;
import org.praxis.hub.internal.VocabularyService;
import org.praxis.platform.Roles;

import java.util.Map;

/**
 * The moderators' queues: submissions waiting for review, those sent back for changes, published
 * resources past their review-by date, and the archive. Each title opens the resource with its actions.
 */
@Route("hub/moderation")
@PageTitle("hub.moderation.title")
@Menu(title = "hub.menu.moderation", order = 32, icon = "vaadin:check-square-o")
@RolesAllowed({Roles.MODERATOR, Roles.PROGRAMME_TEAM})
public class ModerationView extends Main {

    private final ResourceService resources;
    private final Grid<ResourceSummary> grid = new Grid<>();
    private final RadioButtonGroup<Queue> queue = new RadioButtonGroup<>();

    public ModerationView(ResourceService resources, VocabularyService vocabularies) {
        this.resources = resources;
        addClassName("praxis-view");
        queue.setLabel(getTranslation("hub.moderation.queue"));
        queue.setItems(Queue.values());
        queue.setItemLabelGenerator(q -> getTranslation("hub.moderation.queue." + q.name(), resources.countQueue(q)));
        queue.setValue(Queue.IN_REVIEW);
        queue.addValueChangeListener(e -> refresh());

        Map<String, String> types = vocabularies.labels(Vocabulary.TYPE);
        grid.addComponentColumn(r -> HubLabels.linkTo(r.title(), r.id())).setHeader(getTranslation("hub.field.title"))
                .setFlexGrow(3);
        grid.addColumn(r -> types.getOrDefault(r.type(), r.type())).setHeader(getTranslation("hub.field.type"));
        grid.addColumn(r -> r.submittedByName().isBlank() ? r.ownerOrganisationName() : r.submittedByName())
                .setHeader(getTranslation("hub.field.submitted-by"));
        grid.addColumn(ResourceSummary::reviewerName).setHeader(getTranslation("hub.moderation.reviewer"));
        grid.addColumn(r -> HubLabels.dateTime(r.submittedAt())).setHeader(getTranslation("hub.field.submitted"));
        grid.addColumn(r -> HubLabels.date(r.reviewBy())).setHeader(getTranslation("hub.field.review-by"));
        grid.setAriaLabel(getTranslation("hub.moderation.title"));
        grid.setEmptyStateText(getTranslation("hub.moderation.empty"));
        add(new H1(getTranslation("hub.moderation.title")), new Paragraph(getTranslation("hub.moderation.intro")),
                queue, grid);
        refresh();
    }

    private void refresh() {
        Queue chosen = queue.getValue() == null ? Queue.IN_REVIEW : queue.getValue();
        grid.setItems(q -> resources.queue(chosen, q.getOffset(), q.getLimit()).stream(),
                q -> resources.countQueue(chosen));
    }
}
