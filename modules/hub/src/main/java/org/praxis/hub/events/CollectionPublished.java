package org.praxis.hub.events;

import java.util.List;

/**
 * A collection of published resources (or, when {@code pathway}, a curated pathway whose order matters)
 * is now visible to everyone signed in. Published again after being taken down and changed, it is
 * announced again.
 *
 * @param resourceIds the resources in the collection, in order (step 1 first)
 */
public record CollectionPublished(CollectionId collectionId, String title, boolean pathway,
                                  List<ResourceId> resourceIds) {

    public CollectionPublished {
        resourceIds = List.copyOf(resourceIds);
    }
}
