package org.crp.learning.internal;

/** A bursary request's state, decided separately from the application. */
public enum BursaryStatus {
    NONE,
    REQUESTED,
    GRANTED,
    DECLINED
}
