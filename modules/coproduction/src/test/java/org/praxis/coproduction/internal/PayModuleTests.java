package org.praxis.coproduction.internal;

import praxis.testsupport.MutableClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.coproduction.events.ClaimId;
import org.praxis.coproduction.events.ClaimPaid;
import org.praxis.coproduction.events.ElementId;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.coproduction.internal.CoproductionFixtures.TODAY;
import static org.praxis.coproduction.internal.CoproductionFixtures.coproducer;
import static org.praxis.coproduction.internal.CoproductionFixtures.known;
import static org.praxis.coproduction.internal.CoproductionFixtures.member;
import static org.praxis.coproduction.internal.CoproductionFixtures.team;
import static org.praxis.coproduction.internal.jooq.Tables.CLAIM;
import static praxis.testsupport.TestUsers.as;

/**
 * Fair pay: amounts from the policy in force on the day, approval by the element's lead, payment with a day and a
 * reference, corrections as new claims, a paid claim that never changes (the database refuses too), bad input
 * refused plainly with nothing saved, a co-producer who sees only their own, the dashboard, the export and the
 * overdue notice.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class PayModuleTests {

    @Autowired PayService pay;
    @Autowired PayReports reports;
    @Autowired JooqPeopleRepository people;
    @Autowired TransactionOperations transactions;
    @Autowired DSLContext sql;
    @Autowired MutableClock clock;

    // Made afresh for each test: module tests may share one instance of the class.
    PraxisUser ruth;
    PraxisUser lead;
    PraxisUser asha;
    PraxisUser ben;
    PraxisUser sam;
    ElementId element;

    static RatesPolicyForm policy(LocalDate from, String hourly) {
        return new RatesPolicyForm(from, new BigDecimal(hourly), new BigDecimal("75.00"), new BigDecimal("1.5"),
                new BigDecimal("40.00"), "Travel at cost or 45p a mile; a receipt for anything over £10.");
    }

    static ClaimForm hours(ElementId element, LocalDate day, String hours) {
        return new ClaimForm(element, day, new BigDecimal(hours), 0, BigDecimal.ZERO, "Planning workshop");
    }

    @BeforeEach
    void agreementsAndAnElement() {
        clock.set(MutableClock.Configuration.START);
        ruth = team("Ruth Okafor");
        lead = team("Lena Lead");
        asha = coproducer("Asha Khan");
        ben = coproducer("Ben Moss");
        sam = member("Sam Patel");
        known(transactions, people, ruth, lead, asha, ben, sam);
        // Policies are one timeline for the whole module: each test's versions start later than any before.
        LocalDate from = as(ruth, () -> pay.policies()).stream().map(p -> p.inForceFrom().plusDays(1))
                .max(LocalDate::compareTo).orElse(TODAY.minusYears(5));
        clock.set(from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plus(Duration.ofHours(9)));
        as(ruth, () -> pay.publishPolicy(policy(from, "25.00")));
        as(ruth, () -> pay.recordAgreement(asha.personId(), asha.displayName(), from));
        as(ruth, () -> pay.recordAgreement(ben.personId(), ben.displayName(), from));
        UUID project = as(ruth, () -> pay.createProject("Value of co-production"));
        element = as(ruth, () -> pay.addElement(project, "Community workshops", lead.personId()));
        clock.advance(Duration.ofDays(10));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
    }

    @Test
    void theRateInForceOnTheDayOfTheWorkApplies() {
        LocalDate before = today().minusDays(2);
        as(ruth, () -> pay.publishPolicy(policy(today(), "30.00")));
        ClaimId old = as(asha, () -> pay.claim(hours(element, before, "2")));
        ClaimId now = as(asha, () -> pay.claim(new ClaimForm(element, today(), new BigDecimal("2"), 1,
                new BigDecimal("12.50"), "Workshop and travel")));
        assertThat(as(asha, () -> pay.claim(old)).amount()).isEqualByComparingTo("50.00");
        // 2 h at £30, a session at £75 with 1.5 h preparation at £30, and £12.50 travel.
        assertThat(as(asha, () -> pay.claim(now)).amount()).isEqualByComparingTo("192.50");
        assertThatThrownBy(() -> as(ruth, () -> pay.publishPolicy(policy(today().minusDays(1), "31.00"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("policy-date");
    }

    @Test
    void badClaimsAreRefusedPlainlyAndNothingIsSaved() {
        assertThatThrownBy(() -> as(asha, () -> pay.claim(hours(element, today(), "13"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("coproduction.validation.hours-range");
        assertThatThrownBy(() -> as(asha, () -> pay.claim(hours(element, today().minusDays(30), "2"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before-agreement");
        assertThatThrownBy(() -> as(asha, () -> pay.claim(hours(element, today().plusDays(1), "2"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("work-in-future");
        assertThatThrownBy(() -> as(asha, () -> pay.claim(new ClaimForm(element, today(), BigDecimal.ZERO, 0,
                new BigDecimal("41"), "Train")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expenses-over-cap");
        assertThatThrownBy(() -> as(sam, () -> pay.claim(hours(element, today(), "2"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(asha, () -> pay.myClaims())).isEmpty();
    }

    @Test
    void aClaimIsApprovedByTheElementsLeadPaidAndThenNeverChanges(AssertablePublishedEvents events) {
        ClaimId id = as(asha, () -> pay.claim(hours(element, today(), "3")));
        assertThat(events.ofType(NoticeRequested.class).matching(n -> n.noticeKey()
                .equals("coproduction:claim-submitted:" + id))).hasSize(1);
        assertThatThrownBy(() -> as(ruth, () -> pay.approve(id, 0)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("not-the-lead");
        assertThatThrownBy(() -> as(ruth, () -> pay.markPaid(id, 0, today(), "BACS-1")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("not-approved");
        assertThat(as(lead, () -> pay.waitingForMyApproval())).extracting(c -> c.id()).contains(id);
        as(lead, () -> pay.approve(id, 0));
        assertThatThrownBy(() -> as(lead, () -> pay.refuse(id, 0, "Seen twice")))
                .isInstanceOf(ConcurrentChangeException.class);
        clock.advance(Duration.ofDays(6));
        as(ruth, () -> pay.markPaid(id, 1, today(), "BACS-2027-001"));

        assertThat(events.ofType(ClaimPaid.class).matching(p -> p.claimId().equals(id) && p.daysToPay() == 6
                && p.amount().compareTo(new BigDecimal("75.00")) == 0)).hasSize(1);
        assertThatThrownBy(() -> as(ruth, () -> pay.markPaid(id, 2, today(), "again")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("already-paid");
        // The database refuses too, whatever code tries.
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> sql.update(CLAIM)
                .set(CLAIM.AMOUNT, new BigDecimal("1000")).where(CLAIM.ID.eq(id.value())).execute()))
                .hasMessageContaining("A paid claim cannot change");
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> sql.deleteFrom(CLAIM)
                .where(CLAIM.ID.eq(id.value())).execute())).hasMessageContaining("A paid claim cannot change");

        // A mistake is put right by a correction: a new claim for the difference.
        ClaimId correction = as(asha, () -> pay.correct(id, new ClaimForm(null, null, new BigDecimal("4"), 0,
                BigDecimal.ZERO, "It was four hours")));
        var corrected = as(asha, () -> pay.claim(correction));
        assertThat(corrected.amount()).isEqualByComparingTo("25.00");
        assertThat(corrected.corrects()).isEqualTo(id);
        assertThat(as(asha, () -> pay.claim(id)).amount()).isEqualByComparingTo("75.00");
    }

    @Test
    void declinedPaymentRecordsTheWorkWithNothingToPayAndNeedsNoReference() {
        as(asha, () -> pay.choosePaymentMethod(PaymentMethod.DECLINE, pay.me().version()));
        ClaimId declined = as(asha, () -> pay.claim(new ClaimForm(element, today(), new BigDecimal("2"), 1,
                new BigDecimal("5.00"), "Workshop")));
        var claim = as(asha, () -> pay.claim(declined));
        assertThat(claim.amount()).isEqualByComparingTo("0");
        assertThat(claim.hours()).isEqualByComparingTo("2");

        as(lead, () -> pay.approve(declined, pay.claim(declined).version()));
        var settled = as(asha, () -> pay.claim(declined));
        assertThat(settled.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(settled.paidOn()).isEqualTo(today());
        assertThat(settled.paymentReference()).isNull();
        assertThat(as(ruth, () -> pay.approvedToPay())).extracting(c -> c.id()).doesNotContain(declined);
        assertThat(as(ruth, () -> reports.financeCsv())).doesNotContain(declined.toString());

        // Choosing to be paid later does not make declined work payable; a correction records the hours only.
        as(asha, () -> pay.choosePaymentMethod(PaymentMethod.BANK_TRANSFER, pay.me().version()));
        ClaimId correction = as(asha, () -> pay.correct(declined, new ClaimForm(element, today(),
                new BigDecimal("3"), 1, new BigDecimal("5.00"), "Workshop, the full time")));
        assertThat(as(asha, () -> pay.claim(correction))).satisfies(c -> {
            assertThat(c.amount()).isEqualByComparingTo("0");
            assertThat(c.paymentMethod()).isEqualTo(PaymentMethod.DECLINE);
        });
        // The database holds the rule too.
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> sql.update(CLAIM)
                .set(CLAIM.AMOUNT, new BigDecimal("10.00")).where(CLAIM.ID.eq(correction.value())).execute()))
                .hasMessageContaining("claim_declined_pays_nothing");
    }

    @Test
    void aCoproducerSeesOnlyTheirOwnClaims() {
        ClaimId ashas = as(asha, () -> pay.claim(hours(element, today(), "1")));
        assertThatThrownBy(() -> as(ben, () -> pay.claim(ashas))).isInstanceOf(NotFoundException.class);
        assertThat(as(ben, () -> pay.myClaims())).isEmpty();
        assertThatThrownBy(() -> as(ben, () -> pay.correct(ashas, hours(element, today(), "2"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(ben, () -> reports.financeCsv())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(sam, () -> reports.dashboard())).isInstanceOf(AccessDeniedException.class);
        assertThat(as(lead, () -> pay.claim(ashas)).coproducer()).isEqualTo(asha.personId());
    }

    @Test
    void theDashboardShowsTimeToPayWithoutNamesAndOverdueClaimsAreToldOnce(AssertablePublishedEvents events) {
        ClaimId quick = as(asha, () -> pay.claim(hours(element, today(), "2")));
        ClaimId slow = as(ben, () -> pay.claim(hours(element, today(), "1")));
        as(lead, () -> pay.approve(quick, 0));
        clock.advance(Duration.ofDays(2));
        as(ruth, () -> pay.markPaid(quick, 1, today(), "BACS-9"));
        clock.advance(Duration.ofDays(30));
        reports.tellAboutOverdueClaims();
        reports.tellAboutOverdueClaims();
        assertThat(events.ofType(NoticeRequested.class).matching(n -> n.noticeKey()
                .equals("coproduction:claim-overdue:" + slow))).hasSize(1);
        assertThat(events.ofType(NoticeRequested.class).matching(n -> n.noticeKey()
                .equals("coproduction:claim-overdue:" + quick))).isEmpty();

        var dashboard = as(asha, () -> reports.dashboard());
        assertThat(dashboard.claimsWaiting()).isGreaterThanOrEqualTo(1);
        assertThat(dashboard.medianDaysToPay()).isNotNull();
        assertThat(dashboard.toString()).doesNotContain(asha.displayName(), ben.displayName());
        String csv = as(ruth, () -> reports.financeCsv());
        assertThat(csv).startsWith("claim,payee,method").contains(quick + "," + asha.displayName()
                + ",BANK_TRANSFER,Community workshops,TIMESHEET");
    }

    @Test
    void percentilesAreNearestRank() {
        assertThat(PayRules.percentile(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 50)).isEqualTo(5);
        assertThat(PayRules.percentile(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90)).isEqualTo(9);
        assertThat(PayRules.percentile(List.of(7), 90)).isEqualTo(7);
    }
}
