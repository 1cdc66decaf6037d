package org.praxis.assessment.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.platform.OrganisationId;

/** A support route as the assessor edits it. */
public record RouteDraft(
        @NotNull(message = "{assessment.validation.route-required}") SupportRoute route,
        @NotBlank(message = "{assessment.validation.route-title-required}")
        @Size(max = 200, message = "{assessment.validation.route-title-too-long}") String title,
        @Size(max = 2000, message = "{assessment.validation.route-details-too-long}") String details,
        @Min(value = 0, message = "{assessment.validation.effort-range}")
        @Max(value = 1000, message = "{assessment.validation.effort-range}") int effortHours,
        @Nullable OrganisationId connectWith,
        @Nullable String connectWithName) {
}
