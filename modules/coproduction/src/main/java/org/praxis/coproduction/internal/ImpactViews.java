package org.praxis.coproduction.internal;

import org.praxis.coproduction.events.ElementId;
import org.praxis.platform.PersonId;

import java.time.LocalDate;
import java.util.UUID;

/** The impact log as views read it. */
public final class ImpactViews {

    private ImpactViews() {
    }

    public record Benefit(UUID id, PersonId coproducer, String coproducerName, BenefitKind kind, String description,
                          LocalDate happenedOn) {
    }

    public record Change(UUID id, ElementId element, String project, String elementTitle, String youSaid,
                         String weDid, LocalDate changedOn) {
    }
}
