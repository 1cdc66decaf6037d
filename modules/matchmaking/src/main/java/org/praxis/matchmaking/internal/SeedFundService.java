package org.praxis.matchmaking.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.PartnershipId;
import org.praxis.matchmaking.events.SeedApplicationId;
import org.praxis.matchmaking.events.SeedFundingDecided;
import org.praxis.matchmaking.events.SeedFundingPaid;
import org.praxis.matchmaking.events.SeedFundingReported;
import org.praxis.matchmaking.events.SeedFundingRequested;
import org.praxis.matchmaking.internal.MatchmakingViews.Budget;
import org.praxis.matchmaking.internal.MatchmakingViews.Partnership;
import org.praxis.matchmaking.internal.MatchmakingViews.SeedApplication;
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

/**
 * The seed fund: up to £1,000 a partnership for partnership development (time, travel, meetings, desk research;
 * not delivery). A partner applies; only the panel sees applications (anonymised, if the programme team turns
 * that on) and decides, light touch; the programme team records the payment (to a university, a community
 * organisation without a university account, or a person) and tracks the budget; a partner files a short report.
 *
 * <p>Every change that commits money locks the fund first, so two awards can never together go over the budget;
 * an application or award over £1,000 or over what remains is refused in plain words before anything is written.
 */
@Service
@Transactional
public class SeedFundService {

    private final JooqSeedFundRepository fund;
    private final JooqPartnershipRepository partnerships;
    private final PartnershipService partnershipService;
    private final ApplicationEventPublisher publisher;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final MatchmakingTime time;

    SeedFundService(JooqSeedFundRepository fund, JooqPartnershipRepository partnerships,
                    PartnershipService partnershipService, ApplicationEventPublisher publisher,
                    CurrentUser currentUser, InputValidator validator, MatchmakingTime time) {
        this.fund = fund;
        this.partnerships = partnerships;
        this.partnershipService = partnershipService;
        this.publisher = publisher;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    // --- the budget ----------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', '" + MatchmakingRoles.SEED_FUND_PANEL + "')")
    @Transactional(readOnly = true)
    public Budget budget() {
        return fund.budget(false);
    }

    /** Sets the budget (never below what is already awarded) and whether the panel reviews anonymised. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void setBudget(int expectedVersion, @Nullable BigDecimal budget, boolean anonymisedReview) {
        if (budget == null || budget.signum() < 0 || budget.scale() > 2 || budget.precision() - budget.scale() > 8) {
            throw new InvalidInputException(List.of("matchmaking.validation.budget-amount"));
        }
        Budget now = fund.budget(true);
        BigDecimal awarded = now.committed().add(now.paid());
        if (budget.compareTo(awarded) < 0) {
            throw new ProblemException("matchmaking.error.budget-below-awarded", Money.pounds(awarded));
        }
        if (!fund.setBudget(expectedVersion, budget, anonymisedReview)) {
            throw new ConcurrentChangeException();
        }
    }

    // --- applying ------------------------------------------------------------------------------------

    /** A partner applies for the partnership, once (again only after a decline). */
    @PreAuthorize("isAuthenticated()")
    public SeedApplicationId apply(PartnershipId partnershipId, SeedApplicationForm form) {
        Partnership partnership = partnershipService.own(partnershipId);
        validator.check(form);
        if (fund.hasLiveApplication(partnershipId)) {
            throw new ProblemException("matchmaking.error.seed-already-applied");
        }
        BigDecimal remaining = fund.budget(false).remaining();
        if (Objects.requireNonNull(form.getAmount()).compareTo(remaining) > 0) {
            throw new ProblemException("matchmaking.error.over-remaining-budget", Money.pounds(remaining));
        }
        SeedApplicationId id = new SeedApplicationId(Ids.newId());
        OffsetDateTime now = time.now();
        fund.insert(id, partnershipId, form, currentUser.require().personId(), now);
        publisher.publishEvent(new SeedFundingRequested(id, partnershipId, form.getAmount(), now.toInstant()));
        publisher.publishEvent(MatchmakingNotices.seedFundingRequested(id, Money.pounds(form.getAmount())));
        return id;
    }

    /** The partnership's applications, for its members. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SeedApplication> forPartnership(PartnershipId partnershipId) {
        partnershipService.own(partnershipId);
        return fund.forPartnership(partnershipId, partnerships);
    }

    /** A partner files the short report once the award is paid. */
    @PreAuthorize("isAuthenticated()")
    public void report(SeedApplicationId id, int expectedVersion, ReportForm form) {
        SeedApplication application = fund.find(id, false, partnerships).orElseThrow(SeedFundService::notFound);
        partnershipService.own(application.partnershipId());
        if (application.status() != SeedStatus.PAID) {
            throw new ProblemException("matchmaking.error.report-after-payment");
        }
        validator.check(form);
        OffsetDateTime now = time.now();
        if (!fund.report(id, expectedVersion, form, now)) {
            throw new ConcurrentChangeException();
        }
        publisher.publishEvent(new SeedFundingReported(id, application.partnershipId(),
                form.getDeveloped() != Development.NO, now.toInstant()));
    }

    // --- the panel -----------------------------------------------------------------------------------

    /** Every application, oldest first: for the panel only, anonymised if the fund says so. */
    @PreAuthorize("hasRole('" + MatchmakingRoles.SEED_FUND_PANEL + "')")
    @Transactional(readOnly = true)
    public List<SeedApplication> applications() {
        return fund.inStatus(List.of(SeedStatus.values()), fund.budget(false).anonymisedReview(), partnerships);
    }

    /** One application: the panel sees it (anonymised, if the fund says so); its partners see their own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SeedApplication application(SeedApplicationId id) {
        PraxisUser viewer = currentUser.require();
        if (viewer.hasRole(MatchmakingRoles.SEED_FUND_PANEL_ROLE)) {
            return fund.find(id, fund.budget(false).anonymisedReview(), partnerships)
                    .orElseThrow(SeedFundService::notFound);
        }
        SeedApplication application = fund.find(id, false, partnerships).orElseThrow(SeedFundService::notFound);
        if (!partnerships.find(application.partnershipId()).orElseThrow().hasMember(viewer.personId())) {
            throw notFound();
        }
        return application;
    }

    /**
     * The panel's decision: an award (the amount asked for, or less) or a decline, with a short note. An award is
     * committed against the budget; one over what remains is refused.
     */
    @PreAuthorize("hasRole('" + MatchmakingRoles.SEED_FUND_PANEL + "')")
    public void decide(SeedApplicationId id, int expectedVersion, @Nullable BigDecimal awarded, String note) {
        SeedApplication application = fund.find(id, false, partnerships).orElseThrow(SeedFundService::notFound);
        if (application.status() != SeedStatus.SUBMITTED) {
            throw new ProblemException("matchmaking.error.seed-already-decided");
        }
        if (note.length() > SeedApplicationForm.PURPOSE_MAX) {
            throw new InvalidInputException(List.of("matchmaking.validation.note-too-long"));
        }
        if (awarded != null) {
            if (awarded.signum() <= 0 || awarded.scale() > 2 || awarded.compareTo(application.amount()) > 0) {
                throw new InvalidInputException(List.of("matchmaking.validation.award-over-request"));
            }
            BigDecimal remaining = fund.budget(true).remaining();
            if (awarded.compareTo(remaining) > 0) {
                throw new ProblemException("matchmaking.error.over-remaining-budget", Money.pounds(remaining));
            }
        }
        OffsetDateTime now = time.now();
        if (!fund.decide(id, expectedVersion, awarded, note, currentUser.require().personId(), now)) {
            throw new ConcurrentChangeException();
        }
        publisher.publishEvent(new SeedFundingDecided(id, application.partnershipId(), awarded, now.toInstant()));
        Partnership partnership = partnerships.find(application.partnershipId()).orElseThrow();
        publisher.publishEvent(MatchmakingNotices.seedFundingDecided(id, partnership, awarded));
    }

    // --- payments ------------------------------------------------------------------------------------

    /** Awards to pay and paid, for the programme team (named: they pay them). */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<SeedApplication> awards() {
        return fund.inStatus(List.of(SeedStatus.APPROVED, SeedStatus.PAID, SeedStatus.REPORTED), false, partnerships);
    }

    /** Records that the award was paid, in full, to the partner who holds it. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void recordPayment(SeedApplicationId id, int expectedVersion, PaymentForm form) {
        SeedApplication application = fund.find(id, false, partnerships).orElseThrow(SeedFundService::notFound);
        if (application.status() != SeedStatus.APPROVED) {
            throw new ProblemException("matchmaking.error.not-awarded");
        }
        validator.check(form);
        fund.budget(true);
        BigDecimal amount = Objects.requireNonNull(application.awarded());
        if (!fund.pay(id, expectedVersion, amount, form, currentUser.require().personId())) {
            throw new ConcurrentChangeException();
        }
        publisher.publishEvent(new SeedFundingPaid(id, application.partnershipId(), amount,
                Objects.requireNonNull(form.getPaidOn())));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("matchmaking.error.seed-application-not-found");
    }
}
