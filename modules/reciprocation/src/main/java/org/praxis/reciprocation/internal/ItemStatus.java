package org.praxis.reciprocation.internal;

/** Whether an agreement item is still to do or done (with evidence). */
public enum ItemStatus {
    OPEN,
    DONE
}
