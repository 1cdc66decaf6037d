package org.praxis.hub.internal;

/**
 * Where a resource is in moderation. The submitter sees these in plain words ({@code hub.status.*}):
 * draft → in review → changes requested (revise, resubmit) → published → archived.
 */
public enum ResourceStatus {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    PUBLISHED,
    ARCHIVED;

    /** Whether the submitter may still change the content. */
    public boolean editableBySubmitter() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Whether it waits for a moderator. */
    public boolean awaitingModeration() {
        return this == IN_REVIEW;
    }
}
