package org.praxis.hub.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.praxis.hub.events.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The editable content of a collection: title, plain-language description, whether it is a pathway
 * (the order matters), and its resources in order, each with an optional note from the curator. Limits
 * match the database columns. That every resource is published and none is there twice is checked by
 * {@link CollectionService}, together with these.
 */
public class CollectionForm {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int NOTE_MAX = 300;
    public static final int ITEMS_MAX = 30;

    @NotBlank(message = "{hub.validation.collection-title-required}")
    @Size(max = TITLE_MAX, message = "{hub.validation.collection-title-too-long}")
    private String title = "";

    @Size(max = DESCRIPTION_MAX, message = "{hub.validation.collection-description-too-long}")
    private String description = "";

    private boolean pathway;

    @Valid
    @Size(max = ITEMS_MAX, message = "{hub.validation.collection-too-many}")
    private List<Item> items = new ArrayList<>();

    /** One resource in the collection, with why it is there ("why this step"). */
    public record Item(ResourceId resourceId,
                       @Size(max = NOTE_MAX, message = "{hub.validation.collection-note-too-long}") String note) {

        public Item {
            Objects.requireNonNull(resourceId, "resourceId");
            note = note == null ? "" : note;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public boolean isPathway() {
        return pathway;
    }

    public void setPathway(boolean pathway) {
        this.pathway = pathway;
    }

    public List<Item> getItems() {
        return items;
    }

    public void setItems(List<Item> items) {
        this.items = new ArrayList<>(items);
    }
}
