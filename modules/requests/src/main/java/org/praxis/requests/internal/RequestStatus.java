package org.praxis.requests.internal;

import org.praxis.requests.events.RequestStage;

/**
 * Where a support request is. The institution lead sees these in plain words (i18n
 * {@code requests.status.*}). The stages after submission are reported by the assessment and
 * reciprocation modules through {@link org.praxis.requests.events.SupportRequestProgressed}.
 */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN,
    IN_ASSESSMENT,
    ASSESSED,
    DECLINED,
    AGREEMENT_AGREED,
    IN_DELIVERY,
    FULFILLED;

    /** Whether the institution may still change the request's content. */
    public boolean editable() {
        return this == DRAFT;
    }

    /** Whether the institution may withdraw it: only before a decision is made. */
    public boolean withdrawable() {
        return this == SUBMITTED || this == IN_ASSESSMENT;
    }

    static RequestStatus of(RequestStage stage) {
        return valueOf(stage.name());
    }
}
