package org.praxis.coproduction.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.coproduction.events.ElementId;
import org.praxis.platform.PersonId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What onboarding and assignments hand to views. */
public final class OnboardingViews {

    private OnboardingViews() {
    }

    /**
     * A co-producer's checklist: the steps done (and when), the first step not done, and how many days they have
     * waited at it since they were appointed; null next step when everything is done.
     */
    public record Progress(PersonId person, String name, Map<OnboardingStep, LocalDate> done,
                           @Nullable OnboardingStep stalledAt, int daysSinceAgreement) {
    }

    public record Profile(PersonId person, Set<String> skills, BigDecimal hoursAMonth, boolean openToSuggestions,
                          int version) {
    }

    public record Assignment(UUID id, ElementId elementId, String project, String elementTitle, PersonId coproducer,
                             String coproducerName, BigDecimal hoursAMonth, PersonId supportContact,
                             String supportContactName) {
    }

    /** Someone the team could ask, and why: the skills that match and the hours they have free. */
    public record Suggestion(PersonId person, String name, List<String> matchingSkills, BigDecimal freeHours) {
    }
}
