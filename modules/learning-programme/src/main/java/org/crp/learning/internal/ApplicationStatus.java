package org.crp.learning.internal;

/** Where an application to a run is. People read these in plain words ({@code learning.status.*}). */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    SELECTED,
    WAITING_LIST,
    NOT_SELECTED,
    WITHDRAWN;

    /** Whether the applicant may still change what the application says. */
    public boolean editable() {
        return this == DRAFT;
    }

    /** Whether the applicant may withdraw it (a selected participant may leave the programme). */
    public boolean withdrawable() {
        return this == DRAFT || this == SUBMITTED || this == WAITING_LIST || this == SELECTED;
    }

    /** Whether the programme team may decide it now: a new application, or one on the waiting list. */
    public boolean awaitsDecision() {
        return this == SUBMITTED || this == WAITING_LIST;
    }

    /** Whether this is one of the team's decisions. */
    public boolean isDecision() {
        return this == SELECTED || this == WAITING_LIST || this == NOT_SELECTED;
    }
}
