package org.praxis.coproduction.internal;

/** Hours and sessions worked, expenses spent, or a correction of an earlier claim (its difference). */
public enum ClaimKind {
    TIMESHEET, EXPENSES, CORRECTION
}
