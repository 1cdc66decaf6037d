package org.praxis.requests.events;

/**
 * The stages a submitted request goes through after submission, reported by the modules that do
 * the work (assessment, reciprocation). See {@link SupportRequestProgressed}.
 */
public enum RequestStage {
    IN_ASSESSMENT,
    ASSESSED,
    DECLINED,
    AGREEMENT_AGREED,
    IN_DELIVERY,
    FULFILLED
}
