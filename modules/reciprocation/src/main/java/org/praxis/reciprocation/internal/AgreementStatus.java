package org.praxis.reciprocation.internal;

/**
 * Where an agreement is. People see these in plain words (i18n {@code reciprocation.status.*}).
 */
public enum AgreementStatus {
    /** Being written, or changed since it was last proposed: not yet ready for acceptance. */
    DRAFT,
    /** A version is waiting for both sides to accept it. */
    PROPOSED,
    /** Both sides accepted the current version; its items are being delivered. */
    ACCEPTED,
    /** Every item on both sides is done. Nothing changes any more. */
    FULFILLED;

    /** Whether items may still be added, changed or removed. */
    public boolean editable() {
        return this != FULFILLED;
    }
}
