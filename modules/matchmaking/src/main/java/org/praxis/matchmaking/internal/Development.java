package org.praxis.matchmaking.internal;

/** Whether a funded partnership developed, in the partners' own judgement. */
public enum Development {
    YES,
    PARTLY,
    NO
}
