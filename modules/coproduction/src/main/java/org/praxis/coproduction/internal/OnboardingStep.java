package org.praxis.coproduction.internal;

/**
 * The onboarding checklist, in the order people usually go through it. The co-producer ticks the steps that are
 * theirs (policies read, payment details given); the team ticks the rest.
 */
public enum OnboardingStep {
    AGREEMENT_SIGNED(false), EMPLOYMENT_STATUS_CHECKED(false), PAYMENT_DETAILS_GIVEN(true), POLICIES_READ(true),
    TRAINING_DONE(false), BUDDY_MET(false);

    private final boolean coproducersOwn;

    OnboardingStep(boolean coproducersOwn) {
        this.coproducersOwn = coproducersOwn;
    }

    public boolean coproducersOwn() {
        return coproducersOwn;
    }
}
