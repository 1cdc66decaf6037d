package org.praxis.coproduction.internal;

/** Adjustments an applicant can ask for, named in plain words in the bundle ({@code coproduction.adjustment.*}). */
public enum Adjustment {
    EXTRA_TIME, CALL_INSTEAD_OF_FORM, SUPPORT_WORKER, LARGE_PRINT, EASY_READ
}
