package org.praxis.mentoring.internal;

/** A mentor's answer to a request. */
public enum RequestAnswer {
    ACCEPT,
    DECLINE,
    ASK_FOR_MORE
}
