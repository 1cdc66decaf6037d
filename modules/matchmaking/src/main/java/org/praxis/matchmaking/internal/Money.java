package org.praxis.matchmaking.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts of money in pounds, written the British way ("£1,250.00"). */
public final class Money {

    private Money() {
    }

    public static String pounds(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount);
    }

    /** A limit given as a string constant (for annotations), written as money. */
    public static String pounds(String amount) {
        return pounds(new BigDecimal(amount));
    }
}
