package org.praxis.reciprocation.internal;

import org.praxis.assessment.events.DecidedRoute;
import org.praxis.assessment.events.NeedsAssessmentCompleted;
import org.praxis.platform.Ids;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.Side;
import org.praxis.requests.events.RelatedPage;
import org.praxis.requests.events.SupportRequestLinked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Opens a draft agreement when the programme team completes a needs assessment: one support item
 * per decided route (owner: the programme team; the assessor is reminded; due on the request's
 * start date, or today if that has passed) and an empty reciprocation side for the institution to
 * fill; the request's page is told where the draft is. Idempotent: a second delivery of the same assessment
 * changes nothing.
 */
@Component
class AssessmentOutcomes {

    private final JooqAgreementRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentOutcomes(JooqAgreementRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NeedsAssessmentCompleted event) {
        repository.upsertOrganisation(event.organisationId(), event.organisationName());
        AgreementId id = new AgreementId(Ids.newId());
        LocalDate today = LocalDate.now(clock);
        LocalDate due = event.timelineStart().isBefore(today) ? today : event.timelineStart();
        if (!repository.insertDraft(id, event.assessmentId(), event.requestId(), event.organisationId(),
                event.organisationName(), limit(event.requestTitle(), ItemForm.TITLE_MAX), event.timelineStart())) {
            return;
        }
        String assessorName = repository.personName(event.assessor()).orElse(null);
        for (DecidedRoute route : event.routes()) {
            String title = route.title().isBlank() ? route.route().name() : route.title();
            repository.insertItem(new JooqAgreementRepository.NewItem(Ids.newId(), id, Side.SUPPORT, route.route(),
                    null, route.connectWith(), route.connectWithName(), limit(title, ItemForm.TITLE_MAX),
                    limit(route.details(), ItemForm.DETAILS_MAX), null, event.assessor(), assessorName,
                    Math.max(0, route.effortHours()), due));
        }
        // The request's page leads to the draft at once: the institution reads it there before it is proposed.
        events.publishEvent(new SupportRequestLinked(event.requestId(), RelatedPage.AGREEMENT,
                ReciprocationNotices.link(id), clock.instant()));
    }

    private static String limit(String text, int max) {
        String trimmed = text.trim();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }
}
