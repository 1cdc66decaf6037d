package org.praxis.hub.internal;

/**
 * Whether a collection is shown to readers ({@code hub.collection.status.*}). Only moderators and the
 * programme team see one that is not published.
 */
public enum CollectionStatus {
    DRAFT,
    PUBLISHED
}
