package org.praxis.requests.internal;

import org.praxis.requests.events.SupportRequestProgressed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each request's status and timeline current as the other modules report progress.
 * Idempotent: a stage already recorded at the same moment is not recorded again, and a withdrawn
 * request stays withdrawn.
 */
@Component
class RequestProgress {

    private final JooqSupportRequestRepository repository;

    RequestProgress(JooqSupportRequestRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(SupportRequestProgressed event) {
        RequestStatus status = RequestStatus.of(event.stage());
        if (repository.recordProgress(event.requestId(), status, event.at())) {
            repository.recordStatusChange(event.requestId(), status, null, event.note(), event.at());
        }
    }
}
