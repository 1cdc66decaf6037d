package org.praxis.assessment.internal;

import org.praxis.requests.events.SupportRequestSubmitted;
import org.praxis.requests.events.SupportRequestWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the assessment queue: submitted requests join it, withdrawn ones leave it. Idempotent. */
@Component
class SubmittedRequests {

    private final JooqAssessmentRepository repository;

    SubmittedRequests(JooqAssessmentRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(SupportRequestSubmitted event) {
        repository.insertSubmitted(event);
    }

    @ApplicationModuleListener
    void on(SupportRequestWithdrawn event) {
        repository.markWithdrawn(event.requestId());
    }
}
