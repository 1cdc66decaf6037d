package org.praxis.reciprocation.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;

import java.time.LocalDate;
import java.util.UUID;

/** A reminder: an agreement item is due soon, or overdue. */
public record AgreementItemDue(AgreementId agreementId, UUID itemId, OrganisationId organisationId, Side side,
                               String title, @Nullable PersonId responsible, LocalDate dueDate, boolean overdue) {
}
