package org.praxis.requests.internal;

import org.praxis.requests.events.RequestStage;
import org.praxis.requests.events.SupportRequestLinked;
import org.praxis.requests.events.SupportRequestProgressed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each request's status, timeline and related pages current as the other modules report progress.
 * Idempotent: a stage already recorded at the same moment is not recorded again, and a withdrawn
 * request stays withdrawn.
 */
@Component
class RequestProgress {

    private final JooqSupportRequestRepository repository;
    private final ApplicationEventPublisher events;

    RequestProgress(JooqSupportRequestRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(SupportRequestLinked event) {
        repository.addRelatedPage(event.requestId(), event.page(), event.link(), event.at());
    }

    @ApplicationModuleListener
    void on(SupportRequestProgressed event) {
        RequestStatus status = RequestStatus.of(event.stage());
        if (repository.recordProgress(event.requestId(), status, event.at())) {
            repository.recordStatusChange(event.requestId(), status, null, event.note(), event.at());
        }
        // The team's "a request to assess" is done once an assessment has started or the request was declined.
        if (event.stage() == RequestStage.IN_ASSESSMENT || event.stage() == RequestStage.DECLINED) {
            events.publishEvent(RequestNotices.submittedDealtWith(event.requestId()));
        }
    }
}
