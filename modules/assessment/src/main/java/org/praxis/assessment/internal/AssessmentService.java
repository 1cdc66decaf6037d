package org.praxis.assessment.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.assessment.events.AssessorAssigned;
import org.praxis.assessment.events.DecidedRoute;
import org.praxis.assessment.events.NeedsAssessmentCompleted;
import org.praxis.assessment.events.SupportRequestDeclined;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.assessment.events.Urgency;
import org.praxis.assessment.internal.AssessmentViews.AssessmentDetails;
import org.praxis.assessment.internal.AssessmentViews.Decision;
import org.praxis.assessment.internal.AssessmentViews.Assessor;
import org.praxis.assessment.internal.AssessmentViews.CatalogueEntry;
import org.praxis.assessment.internal.AssessmentViews.PeerSuggestion;
import org.praxis.assessment.internal.AssessmentViews.QueueRow;
import org.praxis.assessment.internal.AssessmentViews.RequestFacts;
import org.praxis.assessment.internal.AssessmentViews.Rule;
import org.praxis.assessment.internal.AssessmentViews.Suggestion;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.praxis.platform.ProblemException;
import org.praxis.requests.events.Need;
import org.praxis.requests.events.RelatedPage;
import org.praxis.requests.events.RequestStage;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.events.SupportRequestLinked;
import org.praxis.requests.events.SupportRequestProgressed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Needs assessment, for the programme team only: assign an assessor, record strengths, gaps and
 * urgency, choose support routes (with suggestions from the team's rules and peer institutions),
 * then complete the assessment or decline the request. Each change checks the version read.
 */
@Service
@Transactional
@PreAuthorize("hasRole('PROGRAMME_TEAM')")
public class AssessmentService {

    private final JooqAssessmentRepository repository;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final InputValidator inputValidator;
    private final Clock clock;

    AssessmentService(JooqAssessmentRepository repository, ApplicationEventPublisher events, CurrentUser currentUser,
                      InputValidator inputValidator, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.currentUser = currentUser;
        this.inputValidator = inputValidator;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<QueueRow> queue(@Nullable AssessmentStatus status, int offset, int limit) {
        return repository.queue(status, offset, limit);
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public int count(@Nullable AssessmentStatus status) {
        return repository.count(status);
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public AssessmentDetails get(SupportRequestId id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("assessment.error.not-found"));
    }

    /**
     * The completed assessment's decision, for the team and for the leads of the institution that asked (for
     * anyone else, and before completion, it is not found).
     */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    @Transactional(readOnly = true)
    public Decision decision(SupportRequestId id) {
        AssessmentDetails details = repository.find(id)
                .filter(found -> found.status() == AssessmentStatus.COMPLETED)
                .filter(found -> currentUser.hasRole(Role.PROGRAMME_TEAM)
                        || found.request().organisationId().equals(currentUser.require().organisationId()))
                .orElseThrow(() -> new NotFoundException("assessment.error.not-found"));
        return new Decision(id, details.request().title(), details.assessment().getRoutes(),
                details.assessment().getRationale());
    }

    /** A starting point for a new assessment: strengths and gaps from what the request said, urgency from its timeline. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public Urgency suggestedUrgency(SupportRequestId id) {
        return RouteSuggester.urgency(get(id).request().timelineStart(), LocalDate.now(clock));
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Assessor> assessors() {
        return repository.assessors();
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void assignAssessor(SupportRequestId id, int expectedVersion, PersonId assessorId) {
        AssessmentDetails assessment = openAssessment(id);
        Assessor assessor = repository.assessor(assessorId)
                .orElseThrow(() -> new ProblemException("assessment.error.not-an-assessor"));
        if (!repository.assign(id, expectedVersion, assessor)) {
            throw new ConcurrentChangeException();
        }
        Instant at = clock.instant();
        events.publishEvent(new AssessorAssigned(id, assessment.request().organisationId(),
                assessment.request().title(), assessor.personId(), assessor.fullName(), at));
        events.publishEvent(AssessmentNotices.assessorAssigned(id, assessment.request().title(), assessor.personId(), at));
        if (assessment.status() == AssessmentStatus.AWAITING) {
            events.publishEvent(new SupportRequestProgressed(id, RequestStage.IN_ASSESSMENT, "", clock.instant()));
        }
    }

    /** Saves the assessment so far (it may be incomplete until it is completed). */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void save(SupportRequestId id, int expectedVersion, AssessmentForm form) {
        openAssessment(id);
        inputValidator.check(form);
        if (!repository.saveAssessment(id, expectedVersion, form)) {
            throw new ConcurrentChangeException();
        }
    }

    /**
     * Saves and completes the assessment: it needs an assessor, at least one route, an urgency and a
     * rationale. Publishes {@link NeedsAssessmentCompleted} for the reciprocation module, and tells the
     * institution's leads.
     */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public UUID complete(SupportRequestId id, int expectedVersion, AssessmentForm form) {
        AssessmentDetails assessment = openAssessment(id);
        inputValidator.check(form);
        List<String> problems = new ArrayList<>();
        if (assessment.assessorId() == null) {
            problems.add("assessment.validation.assessor-required");
        }
        if (form.getUrgency() == null) {
            problems.add("assessment.validation.urgency-required");
        }
        if (form.getRoutes().isEmpty()) {
            problems.add("assessment.validation.routes-required");
        }
        if (form.getRationale().isBlank()) {
            problems.add("assessment.validation.rationale-required");
        }
        form.getRoutes().stream()
                .filter(route -> route.route() == SupportRoute.CONNECTION_WITH_INSTITUTION && route.connectWith() == null)
                .findFirst()
                .ifPresent(route -> problems.add("assessment.validation.connection-needs-institution"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!repository.saveAssessment(id, expectedVersion, form)) {
            throw new ConcurrentChangeException();
        }
        UUID assessmentId = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!repository.decide(id, expectedVersion + 1, AssessmentStatus.COMPLETED, assessmentId, "", now)) {
            throw new ConcurrentChangeException();
        }
        RequestFacts request = assessment.request();
        List<DecidedRoute> routes = form.getRoutes().stream()
                .map(route -> new DecidedRoute(route.route(), route.title().trim(),
                        route.details() == null ? "" : route.details().trim(), route.effortHours(),
                        route.connectWith(), route.connectWithName()))
                .toList();
        int effort = routes.stream().mapToInt(DecidedRoute::effortHours).sum();
        events.publishEvent(new NeedsAssessmentCompleted(assessmentId, id, request.organisationId(),
                request.organisationName(), request.title(), Objects.requireNonNull(assessment.assessorId()),
                Objects.requireNonNull(form.getUrgency()), form.getStrengths().trim(), form.getGaps().trim(),
                routes, effort, form.getRationale().trim(), request.timelineStart(), now.toInstant()));
        events.publishEvent(AssessmentNotices.completed(assessmentId, id, request.organisationId(), request.title()));
        events.publishEvent(AssessmentNotices.assessingDone(id));
        events.publishEvent(new SupportRequestProgressed(id, RequestStage.ASSESSED,
                routes.stream().map(DecidedRoute::title).collect(Collectors.joining("; ")), now.toInstant()));
        events.publishEvent(new SupportRequestLinked(id, RelatedPage.DECISION, "assessments/" + id + "/decision",
                now.toInstant()));
        return assessmentId;
    }

    /** Declines the request; the reason is written for the institution and shown to them. Their leads are told. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void decline(SupportRequestId id, int expectedVersion, String reasonForInstitution) {
        AssessmentDetails assessment = openAssessment(id);
        String reason = reasonForInstitution.trim();
        if (reason.isEmpty()) {
            throw new InvalidInputException(List.of("assessment.validation.decline-reason-required"));
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException(List.of("assessment.validation.decline-reason-too-long"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!repository.decide(id, expectedVersion, AssessmentStatus.DECLINED, null, reason, now)) {
            throw new ConcurrentChangeException();
        }
        PersonId decidedBy = currentUser.require().personId();
        events.publishEvent(new SupportRequestDeclined(id, assessment.request().organisationId(),
                assessment.request().title(), reason, decidedBy, now.toInstant()));
        events.publishEvent(AssessmentNotices.declined(id, assessment.request().organisationId(),
                assessment.request().title(), now.toInstant()));
        events.publishEvent(AssessmentNotices.assessingDone(id));
        events.publishEvent(new SupportRequestProgressed(id, RequestStage.DECLINED, reason, now.toInstant()));
    }

    /** Routes the team's rules suggest for this request, each with its reason. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(SupportRequestId id) {
        Map<SupportRoute, CatalogueEntry> catalogue = repository.catalogue().stream()
                .collect(Collectors.toMap(CatalogueEntry::route, Function.identity()));
        return RouteSuggester.suggest(get(id).request(), repository.rules(), catalogue);
    }

    /** Institutions whose requests had similar aims: candidates for the "connection" route. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<PeerSuggestion> peerInstitutions(SupportRequestId id) {
        RequestFacts request = get(id).request();
        Map<UUID, PeerSuggestion> peers = new LinkedHashMap<>();
        for (RequestFacts other : repository.similarRequests(request, 20)) {
            EnumSet<Need> shared = other.lacks().isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(other.lacks());
            shared.retainAll(request.lacks());
            peers.putIfAbsent(other.organisationId().value(), new PeerSuggestion(other.organisationId(),
                    other.organisationName(), other.mode() == request.mode(), shared, other.title(),
                    other.submittedAt()));
        }
        return List.copyOf(peers.values());
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<CatalogueEntry> catalogue() {
        return repository.catalogue();
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void setTypicalEffort(SupportRoute route, int hours) {
        if (hours < 0 || hours > 1000) {
            throw new InvalidInputException(List.of("assessment.validation.effort-range"));
        }
        repository.updateCatalogueEffort(route, hours);
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Rule> rules() {
        return repository.rules();
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public UUID addRule(Rule rule) {
        if (rule.suggestedTitle().isBlank() || rule.reason().isBlank()) {
            throw new InvalidInputException(List.of("assessment.validation.rule-incomplete"));
        }
        if (rule.suggestedTitle().length() > 200 || rule.reason().length() > 500) {
            throw new InvalidInputException(List.of("assessment.validation.rule-too-long"));
        }
        if (rule.whenLacks() == null && rule.whenMode() == null && rule.whenMissing() == null) {
            throw new InvalidInputException(List.of("assessment.validation.rule-needs-condition"));
        }
        UUID id = Ids.newId();
        repository.insertRule(new Rule(id, rule.whenLacks(), rule.whenMode(), rule.whenMissing(), rule.route(),
                rule.suggestedTitle().trim(), rule.reason().trim(), true, 0));
        return id;
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void setRuleActive(UUID ruleId, int expectedVersion, boolean active) {
        if (!repository.setRuleActive(ruleId, expectedVersion, active)) {
            throw new ConcurrentChangeException();
        }
    }

    private AssessmentDetails openAssessment(SupportRequestId id) {
        AssessmentDetails assessment = get(id);
        if (!assessment.status().open()) {
            throw new ProblemException("assessment.error.already-decided");
        }
        return assessment;
    }
}
