package org.praxis.coproduction.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.coproduction.events.ElementId;
import org.praxis.platform.PersonId;

import java.time.LocalDate;

/** What the impact log's forms send; nulls are choices not yet made, reported at their fields. */
public final class ImpactForms {

    private ImpactForms() {
    }

    /** A benefit for a co-producer (the co-producer is the signed-in person when they record their own). */
    public record BenefitForm(@Nullable PersonId coproducer, @Nullable BenefitKind kind, String description,
                              @Nullable LocalDate happenedOn) {
    }

    /** "You said, we did" for an element. */
    public record ChangeForm(@Nullable ElementId element, String youSaid, String weDid,
                             @Nullable LocalDate changedOn) {
    }
}
