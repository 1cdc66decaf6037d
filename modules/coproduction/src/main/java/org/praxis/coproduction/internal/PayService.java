package org.praxis.coproduction.internal;

import org.praxis.coproduction.events.ClaimId;
import org.praxis.coproduction.events.ClaimPaid;
import org.praxis.coproduction.events.CoproducerAppointed;
import org.praxis.coproduction.events.ElementId;
import org.praxis.coproduction.internal.CoproductionViews.Claim;
import org.praxis.coproduction.internal.CoproductionViews.Coproducer;
import org.praxis.coproduction.internal.CoproductionViews.Element;
import org.praxis.coproduction.internal.CoproductionViews.RatesPolicy;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PersonId;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Fair pay. The team publishes versioned rates; a co-producer claims for a day's work on an element and the amount
 * comes from the policy in force that day; the element's lead approves; the team marks it paid with the day and a
 * reference. A paid claim never changes: a mistake is put right by a correction, a new claim for the difference.
 * A co-producer sees only their own claims; anyone else's looks as if it did not exist.
 */
@Service
@Transactional
public class PayService {

    static final int REFERENCE_MAX = 100;
    static final int REASON_MAX = 1000;

    private final JooqPayRepository pay;
    private final JooqCoproducerRepository coproducers;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final CoproductionTime time;
    private final ApplicationEventPublisher events;

    PayService(JooqPayRepository pay, JooqCoproducerRepository coproducers, CurrentUser currentUser,
               InputValidator validator, CoproductionTime time, ApplicationEventPublisher events) {
        this.pay = pay;
        this.coproducers = coproducers;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
        this.events = events;
    }

    // --- the rates policy --------------------------------------------------------------------------------------

    /** Publishes a new version, in force from a day that is neither past nor before the latest version's. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public UUID publishPolicy(RatesPolicyForm form) {
        validator.check(form);
        LocalDate from = Objects.requireNonNull(form.inForceFrom());
        boolean afterLatest = pay.policies().stream().allMatch(p -> p.inForceFrom().isBefore(from));
        if (from.isBefore(time.today()) || !afterLatest) {
            throw new InvalidInputException(List.of("coproduction.validation.policy-date"));
        }
        UUID id = Ids.newId();
        pay.insertPolicy(id, form, currentUser.require().personId(), time.now());
        return id;
    }

    /** Every published version, the latest first: everyone involved may read what they are paid. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RatesPolicy> policies() {
        return pay.policies();
    }

    // --- projects, elements and agreements ------------------------------------------------------------------

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public UUID createProject(String name) {
        requireText(name, 200, "coproduction.validation.project-required", "coproduction.validation.project-too-long");
        UUID id = Ids.newId();
        pay.insertProject(id, name.strip(), time.now());
        return id;
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public ElementId addElement(UUID project, String title, PersonId lead) {
        if (!pay.projectExists(project)) {
            throw new NotFoundException("coproduction.error.project-not-found");
        }
        requireText(title, 200, "coproduction.validation.element-title-required",
                "coproduction.validation.element-title-too-long");
        ElementId id = new ElementId(Ids.newId());
        pay.insertElement(id, project, title.strip(), lead, time.now());
        return id;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Element> elements() {
        return pay.elements();
    }

    /** Records the agreement of someone who already works with the team (appointed outside a wave). */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void recordAgreement(PersonId person, String name, LocalDate agreementFrom) {
        requireText(name, 200, "coproduction.validation.name-required", "coproduction.validation.name-too-long");
        coproducers.appoint(person, name.strip(), agreementFrom, currentUser.require().personId(), time.now());
        events.publishEvent(new CoproducerAppointed(person, name.strip(), agreementFrom));
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Coproducer> coproducers() {
        return coproducers.all();
    }

    // --- the co-producer's own -----------------------------------------------------------------------------

    @PreAuthorize("hasRole('CO_PRODUCER')")
    @Transactional(readOnly = true)
    public Coproducer me() {
        return coproducers.find(currentUser.require().personId())
                .orElseThrow(() -> new ProblemException("coproduction.error.no-agreement"));
    }

    /** Bank transfer, voucher, decline or donate: the co-producer's choice, for claims from now on. */
    @PreAuthorize("hasRole('CO_PRODUCER')")
    public void choosePaymentMethod(PaymentMethod method, int expectedVersion) {
        me();
        if (!coproducers.choosePaymentMethod(currentUser.require().personId(), expectedVersion, method)) {
            throw new ConcurrentChangeException();
        }
    }

    /** Claims a day's work; the amount comes from the policy in force that day. */
    @PreAuthorize("hasRole('CO_PRODUCER')")
    public ClaimId claim(ClaimForm form) {
        Coproducer me = me();
        validator.check(form);
        Element element = element(Objects.requireNonNull(form.elementId()));
        RatesPolicy policy = checkedPolicy(me, form);
        BigDecimal amount = PayRules.toPay(me.paymentMethod(),
                PayRules.amount(policy, form.hours(), form.sessions(), form.expensesSpent()));
        ClaimKind kind = form.hours().signum() > 0 || form.sessions() > 0 ? ClaimKind.TIMESHEET : ClaimKind.EXPENSES;
        ClaimId id = new ClaimId(Ids.newId());
        pay.insertClaim(id, me.person(), element.id(), kind, form, policy, amount, me.paymentMethod(), null, time.now());
        events.publishEvent(CoproductionNotices.claimSubmitted(id, element.lead().id(), element.title()));
        return id;
    }

    /**
     * Puts a paid claim right with a new claim for the difference: what the day should have been, less what was
     * paid. The paid claim stays as it is.
     */
    @PreAuthorize("hasRole('CO_PRODUCER')")
    public ClaimId correct(ClaimId paidClaim, ClaimForm corrected) {
        Coproducer me = me();
        Claim original = myClaim(paidClaim);
        if (original.status() != ClaimStatus.PAID) {
            throw new ProblemException("coproduction.error.correct-only-paid");
        }
        ClaimForm form = new ClaimForm(original.elementId(), original.workDate(), corrected.hours(),
                corrected.sessions(), corrected.expensesSpent(), corrected.description());
        validator.check(form);
        RatesPolicy policy = pay.policyOn(original.workDate())
                .orElseThrow(() -> new ProblemException("coproduction.error.no-policy-on-day"));
        // A correction is paid as the claim it corrects was: declined work stays unpaid, even if the choice changed.
        BigDecimal difference = PayRules.toPay(original.paymentMethod(),
                        PayRules.amount(policy, form.hours(), form.sessions(), form.expensesSpent()))
                .subtract(original.amount());
        boolean sameWork = form.hours().compareTo(original.hours()) == 0 && form.sessions() == original.sessions()
                && form.expensesSpent().compareTo(original.expensesSpent()) == 0;
        if (difference.signum() == 0 && sameWork) {
            throw new InvalidInputException(List.of("coproduction.validation.correction-changes-nothing"));
        }
        ClaimId id = new ClaimId(Ids.newId());
        pay.insertClaim(id, me.person(), original.elementId(), ClaimKind.CORRECTION, form, policy, difference,
                original.paymentMethod(), paidClaim, time.now());
        return id;
    }

    @PreAuthorize("hasRole('CO_PRODUCER')")
    @Transactional(readOnly = true)
    public List<Claim> myClaims() {
        return pay.claimsOf(currentUser.require().personId());
    }

    /** One claim: its co-producer's, its element's lead's, or the team's to see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Claim claim(ClaimId id) {
        PersonId me = currentUser.require().personId();
        return pay.claim(id)
                .filter(c -> c.coproducer().equals(me) || currentUser.hasRole(Role.PROGRAMME_TEAM)
                        || element(c.elementId()).lead().id().equals(me))
                .orElseThrow(() -> new NotFoundException("coproduction.error.claim-not-found"));
    }

    // --- approval and payment --------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Claim> waitingForMyApproval() {
        return pay.waitingForLead(currentUser.require().personId());
    }

    @PreAuthorize("isAuthenticated()")
    public void approve(ClaimId id, int expectedVersion) {
        Claim claim = leadsElementOf(id);
        if (!pay.decide(id, expectedVersion, ClaimStatus.APPROVED, null, currentUser.require().personId(),
                time.now())) {
            throw new ConcurrentChangeException();
        }
        // Declined payment: nothing to pay, so nothing waits for the team; settled today with no reference.
        if (claim.paymentMethod() == PaymentMethod.DECLINE) {
            pay.settleDeclined(id, time.today());
        }
    }

    @PreAuthorize("isAuthenticated()")
    public void refuse(ClaimId id, int expectedVersion, String reason) {
        Claim claim = leadsElementOf(id);
        requireText(reason, REASON_MAX, "coproduction.validation.refusal-reason-required",
                "coproduction.validation.refusal-reason-too-long");
        if (!pay.decide(id, expectedVersion, ClaimStatus.REFUSED, reason.strip(), currentUser.require().personId(),
                time.now())) {
            throw new ConcurrentChangeException();
        }
        events.publishEvent(CoproductionNotices.claimRefused(id, claim.coproducer()));
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Claim> approvedToPay() {
        return pay.withStatus(ClaimStatus.APPROVED);
    }

    /** Marks an approved claim paid; from then on it never changes. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void markPaid(ClaimId id, int expectedVersion, LocalDate paidOn, String reference) {
        Claim claim = claim(id);
        if (claim.status() != ClaimStatus.APPROVED) {
            throw new ProblemException(claim.status() == ClaimStatus.PAID
                    ? "coproduction.error.already-paid" : "coproduction.error.not-approved");
        }
        LocalDate sentOn = time.dayOf(claim.submittedAt());
        if (paidOn.isAfter(time.today()) || paidOn.isBefore(sentOn)) {
            throw new InvalidInputException(List.of("coproduction.validation.paid-on-range"));
        }
        requireText(reference, REFERENCE_MAX, "coproduction.validation.reference-required",
                "coproduction.validation.reference-too-long");
        if (!pay.markPaid(id, expectedVersion, paidOn, reference.strip())) {
            throw new ConcurrentChangeException();
        }
        int days = (int) ChronoUnit.DAYS.between(sentOn, paidOn);
        events.publishEvent(new ClaimPaid(id, claim.coproducer(), claim.amount(), paidOn, days));
        events.publishEvent(CoproductionNotices.claimPaid(id, claim.coproducer(), claim.amount(), paidOn));
    }

    // --- rules ---------------------------------------------------------------------------------------------

    private RatesPolicy checkedPolicy(Coproducer me, ClaimForm form) {
        LocalDate day = Objects.requireNonNull(form.workDate());
        if (!form.claimsSomething()) {
            throw new InvalidInputException(List.of("coproduction.validation.claim-nothing"));
        }
        if (day.isBefore(me.agreementFrom())) {
            throw new InvalidInputException(List.of("coproduction.validation.before-agreement"));
        }
        if (day.isAfter(time.today())) {
            throw new InvalidInputException(List.of("coproduction.validation.work-in-future"));
        }
        RatesPolicy policy = pay.policyOn(day)
                .orElseThrow(() -> new ProblemException("coproduction.error.no-policy-on-day"));
        if (pay.expensesClaimedOn(me.person(), day).add(form.expensesSpent()).compareTo(policy.dailyExpensesCap()) > 0) {
            throw new InvalidInputException(List.of("coproduction.validation.expenses-over-cap"));
        }
        return policy;
    }

    private Claim myClaim(ClaimId id) {
        return pay.claim(id).filter(c -> c.coproducer().equals(currentUser.require().personId()))
                .orElseThrow(() -> new NotFoundException("coproduction.error.claim-not-found"));
    }

    private Claim leadsElementOf(ClaimId id) {
        Claim claim = pay.claim(id).orElseThrow(() -> new NotFoundException("coproduction.error.claim-not-found"));
        if (!element(claim.elementId()).lead().id().equals(currentUser.require().personId())) {
            throw new ProblemException("coproduction.error.not-the-lead");
        }
        return claim;
    }

    private Element element(ElementId id) {
        return pay.element(id).orElseThrow(() -> new NotFoundException("coproduction.error.element-not-found"));
    }

    private static void requireText(String text, int max, String requiredKey, String tooLongKey) {
        if (text.isBlank()) {
            throw new InvalidInputException(List.of(requiredKey));
        }
        if (text.strip().length() > max) {
            throw new InvalidInputException(List.of(tooLongKey));
        }
    }
}
