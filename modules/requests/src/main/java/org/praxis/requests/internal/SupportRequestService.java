package org.praxis.requests.internal;

import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.events.SupportRequestSubmitted;
import org.praxis.requests.events.SupportRequestWithdrawn;
import org.praxis.requests.internal.RequestViews.QueueFilter;
import org.praxis.requests.internal.RequestViews.RequestDetails;
import org.praxis.requests.internal.RequestViews.RequestSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The life of a support request: draft, edit, submit, withdraw; and who may see which.
 *
 * <p>Every method states who may call it. Institution leads work only on their own organisation's
 * requests; anyone else's request looks as if it did not exist. Each change checks the version the
 * person saw, so two people editing at once cannot overwrite each other. A refused change throws a
 * {@link ProblemException} before anything is written.
 */
@Service
@Transactional
public class SupportRequestService {

    private final JooqSupportRequestRepository repository;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    SupportRequestService(JooqSupportRequestRepository repository, ApplicationEventPublisher events,
                          CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('INSTITUTION_LEAD')")
    public SupportRequestId createDraft(SupportRequestForm form) {
        requireNoProblems(SubmissionRules.draftProblems(form));
        PraxisUser lead = currentUser.require();
        SupportRequestId id = new SupportRequestId(Ids.newId());
        repository.insert(id, lead.organisationId(), lead.personId(), form);
        repository.recordStatusChange(id, RequestStatus.DRAFT, lead.personId(), "");
        return id;
    }

    @PreAuthorize("hasRole('INSTITUTION_LEAD')")
    public void updateDraft(SupportRequestId id, int expectedVersion, SupportRequestForm form) {
        RequestDetails request = ownRequest(id);
        if (!request.status().editable()) {
            throw new ProblemException("requests.error.not-editable");
        }
        requireNoProblems(SubmissionRules.draftProblems(form));
        if (!repository.updateContent(id, expectedVersion, form)) {
            throw new ConcurrentChangeException();
        }
    }

    /**
     * Submits a draft. Everything a submission needs must be filled in and the start date not past. The
     * programme team is told.
     */
    @PreAuthorize("hasRole('INSTITUTION_LEAD')")
    public void submit(SupportRequestId id, int expectedVersion) {
        RequestDetails request = ownRequest(id);
        if (request.status() != RequestStatus.DRAFT) {
            throw new ProblemException("requests.error.already-submitted");
        }
        requireNoProblems(SubmissionRules.problems(request.content(), LocalDate.now(clock)));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!repository.changeStatus(id, expectedVersion, RequestStatus.DRAFT, RequestStatus.SUBMITTED, now)) {
            throw new ConcurrentChangeException();
        }
        PraxisUser lead = currentUser.require();
        repository.recordStatusChange(id, RequestStatus.SUBMITTED, lead.personId(), "");
        SupportRequestForm content = request.content();
        String organisationName = repository.organisationName(request.organisationId()).orElse(request.organisationName());
        events.publishEvent(new SupportRequestSubmitted(id, request.organisationId(), organisationName,
                lead.personId(), content.getTitle(), Objects.requireNonNull(content.getMode()),
                content.getModeOther().isBlank() ? null : content.getModeOther(),
                Set.copyOf(content.getHas()), Set.copyOf(content.getLacks()), content.getContext(),
                Objects.requireNonNull(content.getTimelineStart()), content.getTimelineEnd(),
                content.getTimelineNotes(), content.getResourcesAndFunding(), content.getContactName(),
                content.getContactEmail(), now.toInstant()));
        events.publishEvent(RequestNotices.submitted(id, content.getTitle(), organisationName));
    }

    @PreAuthorize("hasRole('INSTITUTION_LEAD')")
    public void withdraw(SupportRequestId id, int expectedVersion, String reason) {
        RequestDetails request = ownRequest(id);
        if (!request.status().withdrawable()) {
            throw new ProblemException("requests.error.not-withdrawable");
        }
        String trimmed = reason.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(List.of("requests.validation.withdraw-reason-required"));
        }
        if (trimmed.length() > SupportRequestForm.TEXT_MAX) {
            throw new InvalidInputException(List.of("requests.validation.withdraw-reason-too-long"));
        }
        if (!repository.changeStatus(id, expectedVersion, request.status(), RequestStatus.WITHDRAWN, null)) {
            throw new ConcurrentChangeException();
        }
        PraxisUser lead = currentUser.require();
        repository.recordStatusChange(id, RequestStatus.WITHDRAWN, lead.personId(), trimmed);
        events.publishEvent(new SupportRequestWithdrawn(id, request.organisationId(), lead.personId(), trimmed,
                clock.instant()));
        events.publishEvent(RequestNotices.submittedDealtWith(id));
    }

    /** The signed-in lead's organisation's requests, newest change first. */
    @PreAuthorize("hasRole('INSTITUTION_LEAD')")
    @Transactional(readOnly = true)
    public List<RequestSummary> myOrganisationRequests() {
        return repository.forOrganisation(currentUser.require().organisationId());
    }

    /**
     * One request: a lead sees their own organisation's; the programme team sees any submitted one.
     * Anything else is "not found".
     */
    @PreAuthorize("hasAnyRole('INSTITUTION_LEAD', 'PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public RequestDetails get(SupportRequestId id) {
        RequestDetails request = repository.find(id).orElseThrow(SupportRequestService::notFound);
        PraxisUser user = currentUser.require();
        boolean ownOrganisation = user.hasRole(Role.INSTITUTION_LEAD)
                && request.organisationId().equals(user.organisationId());
        boolean teamMaysee = user.hasRole(Role.PROGRAMME_TEAM) && request.status() != RequestStatus.DRAFT;
        if (!ownOrganisation && !teamMaysee) {
            throw notFound();
        }
        return request;
    }

    /** The programme team's queue of submitted (and withdrawn) requests, oldest submission first. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<RequestSummary> queue(QueueFilter filter, int offset, int limit) {
        return repository.queue(filter, offset, limit);
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public int countQueue(QueueFilter filter) {
        return repository.countQueue(filter);
    }

    /** The problems that would stop this draft being submitted today (for the editor's checklist). */
    @PreAuthorize("hasRole('INSTITUTION_LEAD')")
    public List<String> submissionProblems(SupportRequestForm form) {
        return SubmissionRules.problems(form, LocalDate.now(clock));
    }

    private RequestDetails ownRequest(SupportRequestId id) {
        RequestDetails request = repository.find(id).orElseThrow(SupportRequestService::notFound);
        if (!request.organisationId().equals(currentUser.require().organisationId())) {
            throw notFound();
        }
        return request;
    }

    private static void requireNoProblems(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("requests.error.not-found");
    }
}
