package org.praxis.mentoring.internal;

/** A mentoring relationship runs from its match being published until it is closed. */
public enum RelationshipStatus {
    ACTIVE,
    CLOSED
}
