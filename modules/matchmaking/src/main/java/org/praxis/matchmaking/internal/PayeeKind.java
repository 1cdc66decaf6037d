package org.praxis.matchmaking.internal;

/** Who a seed fund award is paid to: a community organisation needs no university account. */
public enum PayeeKind {
    UNIVERSITY,
    COMMUNITY_ORGANISATION,
    PERSON
}
