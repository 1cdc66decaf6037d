package org.praxis.requests.internal;

/**
 * Where a support request is. The institution lead sees these in plain words (i18n
 * {@code requests.status.*}). Later stages are reported by the assessment and reciprocation modules.
 */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN;

    /** Whether the institution may still change the request's content. */
    public boolean editable() {
        return this == DRAFT;
    }

    /** Whether the institution may withdraw it. */
    public boolean withdrawable() {
        return this == SUBMITTED;
    }
}
