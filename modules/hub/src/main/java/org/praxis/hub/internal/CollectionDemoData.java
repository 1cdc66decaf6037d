package org.praxis.hub.internal;

import org.praxis.hub.events.CollectionId;
import org.praxis.hub.events.CollectionPublished;
import org.praxis.hub.events.ResourceId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A demo pathway through the demo resources ({@link HubDemoData}): starting a community research
 * partnership in three steps. Skipped quietly when those resources are not there or not published;
 * loading twice changes nothing (the pathway has a fixed id).
 */
@Component
@Order(21)
@ConditionalOnBooleanProperty(name = "praxis.demo-data.enabled", matchIfMissing = true)
class CollectionDemoData implements ApplicationRunner {

    static final CollectionId PATHWAY = new CollectionId(
            UUID.nameUUIDFromBytes("praxis-demo:pathway:starting-a-partnership".getBytes(StandardCharsets.UTF_8)));

    /** A demo resource (by its key) and the curator's note on it. */
    private record DemoStep(String resourceKey, String note) {
    }

    private static final List<DemoStep> STEPS = List.of(
            new DemoStep("demo:getting-started", "Start here: why partners work together, and the first things to do."),
            new DemoStep("demo:mou-template",
                    "Write down together who does what, and how money is shared, before the work begins."),
            new DemoStep("demo:partnership-gym",
                    "Short exercises to keep listening to each other and sharing power as the work goes on."));

    private final JooqCollectionRepository repository;
    private final ApplicationEventPublisher events;

    CollectionDemoData(JooqCollectionRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.find(PATHWAY).isPresent()) {
            return;
        }
        List<CollectionForm.Item> items = new ArrayList<>();
        for (DemoStep step : STEPS) {
            Optional<ResourceId> resource = repository.resourceByImportKey(step.resourceKey());
            if (resource.isEmpty() || repository.resourceStatuses(List.of(resource.get().value()))
                    .get(resource.get().value()) != ResourceStatus.PUBLISHED) {
                return;
            }
            items.add(new CollectionForm.Item(resource.get(), step.note()));
        }
        CollectionForm form = new CollectionForm();
        form.setTitle("Starting a community research partnership in three steps");
        form.setDescription("For anyone new to working in partnership between a university and a community "
                + "organisation. Follow the steps in order: why and how to begin, agreeing who does what, then "
                + "keeping the partnership healthy.");
        form.setPathway(true);
        form.setItems(items);
        if (repository.insert(PATHWAY, form, "Praxis Programme Team")
                && repository.changeStatus(PATHWAY, 0, CollectionStatus.DRAFT, CollectionStatus.PUBLISHED)) {
            events.publishEvent(new CollectionPublished(PATHWAY, form.getTitle(), true,
                    items.stream().map(CollectionForm.Item::resourceId).toList()));
        }
    }
}
