package org.crp.learning.internal;

import org.crp.learning.events.FollowUpFundingDecided;
import org.crp.learning.events.FollowUpFundingReported;
import org.crp.learning.events.FollowUpFundingRequested;
import org.crp.learning.events.FundingRequestId;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.internal.LearningViews.FundingRequest;
import org.crp.learning.internal.LearningViews.Run;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Follow-up funding to support participants' partnership work: a selected participant asks (how much, what
 * for), the programme team grants or declines, and the participant files a short report afterwards. A
 * participant sees only their own requests.
 */
@Service
@Transactional
public class FundingService {

    private final JooqFundingRepository funding;
    private final JooqProgrammeRepository programme;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final LearningTime time;

    FundingService(JooqFundingRepository funding, JooqProgrammeRepository programme, ApplicationEventPublisher events,
                   CurrentUser currentUser, InputValidator validator, LearningTime time) {
        this.funding = funding;
        this.programme = programme;
        this.events = events;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FundingRequest> myRequests() {
        return funding.of(currentUser.require().personId());
    }

    /** The runs the signed-in person takes part in: the ones they may ask follow-up funding for. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Run> myRuns() {
        Set<ProgrammeRunId> mine = programme.runsOf(currentUser.require().personId());
        return programme.runs().stream().filter(run -> mine.contains(run.id())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public FundingRequestId request(ProgrammeRunId runId, FundingRequestForm form) {
        PraxisUser participant = currentUser.require();
        if (!programme.isParticipant(runId, participant.personId())) {
            throw new ProblemException("learning.error.funding-participants-only");
        }
        validator.check(form);
        FundingRequestId id = new FundingRequestId(Ids.newId());
        OffsetDateTime now = time.now();
        funding.insert(id, runId, participant.personId(), participant.displayName(), form, now);
        events.publishEvent(new FollowUpFundingRequested(id, runId, participant.personId(),
                Objects.requireNonNull(form.amount()), now.toInstant()));
        return id;
    }

    /** Files the short report on a granted request; only its participant may. */
    @PreAuthorize("isAuthenticated()")
    public void report(FundingRequestId id, int expectedVersion, FundingRequestForm.Report report) {
        FundingRequest request = funding.find(id).orElseThrow(FundingService::notFound);
        PraxisUser participant = currentUser.require();
        if (!request.participant().equals(participant.personId())) {
            throw notFound();
        }
        SelectionRules.checkReportable(request.status());
        validator.check(report);
        OffsetDateTime now = time.now();
        if (!funding.report(id, expectedVersion, report.text(), now)) {
            throw new ConcurrentChangeException();
        }
        events.publishEvent(new FollowUpFundingReported(id, request.runId(), participant.personId(), now.toInstant()));
    }

    /** Every request, those waiting for a decision first. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<FundingRequest> all() {
        return funding.all();
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public int countWaiting() {
        return funding.countWaiting();
    }

    /** Grants (no more than was asked for) or declines a request, with a note the participant reads. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void decide(FundingRequestId id, int expectedVersion, GrantDecision decision) {
        FundingRequest request = funding.find(id).orElseThrow(FundingService::notFound);
        SelectionRules.checkFundingDecidable(request.status());
        validator.check(decision);
        List<String> problems = SelectionRules.grantProblems(decision, request.amount());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PraxisUser team = currentUser.require();
        OffsetDateTime now = time.now();
        if (!funding.decide(id, expectedVersion, decision, team.personId(), now)) {
            throw new ConcurrentChangeException();
        }
        BigDecimal granted = decision.granted() ? decision.amount() : null;
        events.publishEvent(new FollowUpFundingDecided(id, request.runId(), request.participant(), decision.granted(),
                granted, now.toInstant()));
        events.publishEvent(LearningNotices.fundingDecided(id, request.participant(), granted));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("learning.error.funding-not-found");
    }
}
