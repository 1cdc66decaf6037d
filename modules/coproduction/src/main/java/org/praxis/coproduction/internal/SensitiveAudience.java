package org.praxis.coproduction.internal;

/** Who a co-producer may allow to read their lived experience. */
public enum SensitiveAudience {
    /** The programme team. */
    PROGRAMME_TEAM,
    /** The people named as their support contact on an assignment. */
    SUPPORT_CONTACTS,
    /** The leads of the elements they are assigned to. */
    ELEMENT_LEADS
}
