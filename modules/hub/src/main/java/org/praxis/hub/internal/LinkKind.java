package org.praxis.hub.internal;

/** A link to media elsewhere, or a material delivered with a reciprocation agreement and held there. */
public enum LinkKind {
    LINK,
    DELIVERED_FILE
}
