package org.praxis.coproduction.internal;

/** Where an application is: a draft only its applicant sees, submitted, or decided. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, APPOINTED, NOT_APPOINTED;

    public boolean decided() {
        return this == APPOINTED || this == NOT_APPOINTED;
    }
}
