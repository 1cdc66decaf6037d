package org.praxis.coproduction.internal;

/** What co-producing brought a co-producer, in the source's words. */
public enum BenefitKind {
    SKILLS, CONFIDENCE, INCOME, OPPORTUNITY
}
