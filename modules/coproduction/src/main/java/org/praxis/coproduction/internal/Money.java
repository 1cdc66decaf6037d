package org.praxis.coproduction.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Pounds as exact decimals, to the penny. */
public final class Money {

    private Money() {
    }

    public static BigDecimal pennies(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static String pounds(BigDecimal amount) {
        BigDecimal rounded = pennies(amount);
        return (rounded.signum() < 0 ? "-£" : "£") + rounded.abs().toPlainString();
    }
}
