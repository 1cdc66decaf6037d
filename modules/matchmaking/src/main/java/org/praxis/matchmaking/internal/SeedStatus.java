package org.praxis.matchmaking.internal;

/** Where a seed fund application stands. */
public enum SeedStatus {
    SUBMITTED,
    APPROVED,
    DECLINED,
    PAID,
    REPORTED
}
