package org.praxis.coproduction.internal;

/** A claim waits for its element's lead, then for payment; a paid claim never changes again. */
public enum ClaimStatus {
    SUBMITTED, APPROVED, REFUSED, PAID;

    public boolean waiting() {
        return this == SUBMITTED || this == APPROVED;
    }
}
