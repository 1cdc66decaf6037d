package org.praxis.hub.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.hub.events.CollectionId;
import org.praxis.hub.events.ResourceId;

import java.time.OffsetDateTime;
import java.util.List;

/** Read-only projections of collections and pathways, for their views and the resource page. */
public final class CollectionViews {

    private CollectionViews() {
    }

    /** One line in the list of collections. {@code resources} counts every step, available or not. */
    public record CollectionSummary(CollectionId id, String title, String description, boolean pathway,
                                    CollectionStatus status, int resources, OffsetDateTime updatedAt) {
    }

    /**
     * One step (or, in a collection that is not a pathway, one entry). {@code available} is false when
     * the resource is no longer published (archived); readers then see neither its title nor its summary.
     */
    public record Step(int number, ResourceId resourceId, String title, String plainSummary, boolean available,
                       String note) {
    }

    /** A collection with its steps in order. */
    public record CollectionDetails(CollectionId id, String title, String description, boolean pathway,
                                    CollectionStatus status, int version, String createdByName,
                                    OffsetDateTime updatedAt, @Nullable OffsetDateTime publishedAt, List<Step> steps) {

        /** The content as the editor binds it. */
        public CollectionForm toForm() {
            CollectionForm form = new CollectionForm();
            form.setTitle(title);
            form.setDescription(description);
            form.setPathway(pathway);
            form.setItems(steps.stream().map(s -> new CollectionForm.Item(s.resourceId(), s.note())).toList());
            return form;
        }
    }

    /** A published collection a resource belongs to: "Part of: <title>, step {@code step} of {@code steps}". */
    public record Membership(CollectionId id, String title, boolean pathway, int step, int steps) {
    }
}
