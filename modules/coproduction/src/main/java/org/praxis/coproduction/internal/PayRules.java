package org.praxis.coproduction.internal;

import org.praxis.coproduction.internal.CoproductionViews.RatesPolicy;

import java.math.BigDecimal;

/** Amounts from the rates policy: never typed by anyone. */
final class PayRules {

    private PayRules() {
    }

    /**
     * Hours at the hourly rate; each session at the session rate plus its preparation time at the hourly rate;
     * expenses as spent (the policy's daily cap is checked before).
     */
    static BigDecimal amount(RatesPolicy policy, BigDecimal hours, int sessions, BigDecimal expensesSpent) {
        BigDecimal perSession = policy.sessionRate().add(policy.preparationHours().multiply(policy.hourlyRate()));
        return Money.pennies(hours.multiply(policy.hourlyRate())
                .add(perSession.multiply(BigDecimal.valueOf(sessions)))
                .add(expensesSpent));
    }

    /** What is owed for work of this value: nothing to someone who declines payment. */
    static BigDecimal toPay(PaymentMethod method, BigDecimal value) {
        return method == PaymentMethod.DECLINE ? Money.pennies(BigDecimal.ZERO) : value;
    }

    /** The nearest-rank percentile (0 < p <= 100) of sorted values. */
    static int percentile(java.util.List<Integer> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
