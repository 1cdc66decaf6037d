package org.praxis.assessment.internal;

/** Where a request is in assessment. */
public enum AssessmentStatus {
    /** Submitted, nobody assigned yet. */
    AWAITING,
    /** An assessor is working on it. */
    IN_ASSESSMENT,
    /** Decided: support routes agreed. */
    COMPLETED,
    /** Decided: the programme cannot support it. */
    DECLINED,
    /** The institution withdrew it. */
    WITHDRAWN;

    public boolean open() {
        return this == AWAITING || this == IN_ASSESSMENT;
    }
}
