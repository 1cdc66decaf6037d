package org.praxis.coproduction.internal;

/**
 * How a co-producer chooses to be paid. Declining or donating is a real choice (payments can affect benefits);
 * the work is recorded and valued either way.
 */
public enum PaymentMethod {
    BANK_TRANSFER, VOUCHER, DECLINE, DONATE
}
