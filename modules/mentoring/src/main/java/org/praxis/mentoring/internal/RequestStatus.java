package org.praxis.mentoring.internal;

/** Where a mentee's request to a mentor stands. Waiting and more-asked requests expire unanswered. */
public enum RequestStatus {
    WAITING,
    MORE_ASKED,
    ACCEPTED,
    DECLINED,
    EXPIRED;

    public boolean isOpen() {
        return this == WAITING || this == MORE_ASKED;
    }
}
