package org.praxis.reciprocation.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.platform.PersonId;
import org.praxis.reciprocation.events.ReciprocationType;

import java.time.LocalDate;

/**
 * The editable content of one agreement item, as the item editor binds it. Limits match the database
 * columns. Which side the item is on is given when it is added and never changes.
 */
public class ItemForm {

    public static final int TITLE_MAX = 200;
    public static final int DETAILS_MAX = 2000;
    public static final int OWNER_MAX = 200;
    public static final int EFFORT_MAX = 2000;

    @NotBlank(message = "{reciprocation.validation.title-required}")
    @Size(max = TITLE_MAX, message = "{reciprocation.validation.title-too-long}")
    private String title = "";

    @Size(max = DETAILS_MAX, message = "{reciprocation.validation.details-too-long}")
    private String details = "";

    /** Support items: the kind of support (optional). */
    private @Nullable SupportRoute route;

    /** Reciprocation items: the kind of contribution (required for them, checked by the service). */
    private @Nullable ReciprocationType type;

    /** Who delivers it, in words; blank means the side's default (the programme team, or the institution). */
    @Size(max = OWNER_MAX, message = "{reciprocation.validation.owner-too-long}")
    private String owner = "";

    /** The person reminded about it. */
    private @Nullable PersonId responsible;

    @Min(value = 0, message = "{reciprocation.validation.effort-negative}")
    @Max(value = EFFORT_MAX, message = "{reciprocation.validation.effort-too-high}")
    private int effortHours;

    @NotNull(message = "{reciprocation.validation.due-date-required}")
    private @Nullable LocalDate dueDate;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details == null ? "" : details;
    }

    public @Nullable SupportRoute getRoute() {
        return route;
    }

    public void setRoute(@Nullable SupportRoute route) {
        this.route = route;
    }

    public @Nullable ReciprocationType getType() {
        return type;
    }

    public void setType(@Nullable ReciprocationType type) {
        this.type = type;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner == null ? "" : owner;
    }

    public @Nullable PersonId getResponsible() {
        return responsible;
    }

    public void setResponsible(@Nullable PersonId responsible) {
        this.responsible = responsible;
    }

    public int getEffortHours() {
        return effortHours;
    }

    public void setEffortHours(int effortHours) {
        this.effortHours = effortHours;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
