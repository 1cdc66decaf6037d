package org.crp.learning.internal;

/** A follow-up funding request's state: asked, decided, and (when granted) reported on afterwards. */
public enum FundingStatus {
    REQUESTED,
    GRANTED,
    DECLINED,
    REPORTED
}
