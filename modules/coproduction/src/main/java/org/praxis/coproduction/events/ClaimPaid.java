package org.praxis.coproduction.events;

import org.praxis.platform.PersonId;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A claim was paid: the amount (exact, in pounds), the day and the days it took from submission. */
public record ClaimPaid(ClaimId claimId, PersonId coproducer, BigDecimal amount, LocalDate paidOn, int daysToPay) {
}
