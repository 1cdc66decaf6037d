package org.praxis.mentoring.internal;

import org.praxis.mentoring.internal.MentoringViews.MentorRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Every hour: requests a mentor has not answered within {@code praxis.mentoring.request-days} (14 by default)
 * expire, and the mentee is told, so they can ask someone else.
 */
@Component
class RequestExpiry {

    private final JooqRequestRepository requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestExpiry(JooqRequestRepository requests, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${praxis.mentoring.requests.cron:0 15 * * * *}")
    void hourly() {
        expire(OffsetDateTime.now(clock));
    }

    @Transactional
    void expire(OffsetDateTime now) {
        for (MentorRequest request : requests.stale(now)) {
            requests.expire(request.id(), now);
            events.publishEvent(MentoringNotices.requestExpired(request.id(), request.mentee(), request.mentorName()));
        }
    }
}
