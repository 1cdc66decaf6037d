package org.crp.learning.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.praxis.platform.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The programme's rules that depend on where things stand: decisions, bursaries, dates, certificates. */
class SelectionRulesTests {

    static final LocalDate RUN_START = LocalDate.of(2026, 10, 1);
    static final LocalDate RUN_END = LocalDate.of(2028, 3, 31);
    static final OffsetDateTime STARTS = OffsetDateTime.of(2027, 1, 20, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void applicationsAreAcceptedWhileOpenAndUntilTheRunEnds() {
        assertThat(SelectionRules.acceptsApplications(true, RUN_END, RUN_END)).isTrue();
        assertThat(SelectionRules.acceptsApplications(true, RUN_END, RUN_END.plusDays(1))).isFalse();
        assertThat(SelectionRules.acceptsApplications(false, RUN_END, RUN_START)).isFalse();
    }

    @Test
    void newAndWaitingListApplicationsCanBeDecided() {
        assertThatCode(() -> SelectionRules.checkDecision(ApplicationStatus.SUBMITTED, ApplicationStatus.SELECTED))
                .doesNotThrowAnyException();
        assertThatCode(() -> SelectionRules.checkDecision(ApplicationStatus.SUBMITTED, ApplicationStatus.WAITING_LIST))
                .doesNotThrowAnyException();
        assertThatCode(() -> SelectionRules.checkDecision(ApplicationStatus.WAITING_LIST, ApplicationStatus.SELECTED))
                .doesNotThrowAnyException();
        assertThatCode(() -> SelectionRules.checkDecision(ApplicationStatus.WAITING_LIST, ApplicationStatus.NOT_SELECTED))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"DRAFT", "SELECTED", "NOT_SELECTED", "WITHDRAWN"})
    void draftsAndSettledApplicationsCannotBeDecided(ApplicationStatus status) {
        assertThatThrownBy(() -> SelectionRules.checkDecision(status, ApplicationStatus.SELECTED))
                .isInstanceOf(ProblemException.class).hasMessageContaining("learning.error.not-decidable");
    }

    @Test
    void theWaitingListIsNotDecidedAsTheWaitingListAgain() {
        assertThatThrownBy(() -> SelectionRules.checkDecision(ApplicationStatus.WAITING_LIST, ApplicationStatus.WAITING_LIST))
                .hasMessageContaining("learning.error.decision-unchanged");
    }

    @Test
    void onlyAnUndecidedBursaryRequestOnALiveApplicationIsDecided() {
        assertThatCode(() -> SelectionRules.checkBursaryDecidable(ApplicationStatus.SUBMITTED, BursaryStatus.REQUESTED))
                .doesNotThrowAnyException();
        assertThatCode(() -> SelectionRules.checkBursaryDecidable(ApplicationStatus.SELECTED, BursaryStatus.REQUESTED))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SelectionRules.checkBursaryDecidable(ApplicationStatus.SUBMITTED, BursaryStatus.NONE))
                .hasMessageContaining("learning.error.no-bursary-requested");
        assertThatThrownBy(() -> SelectionRules.checkBursaryDecidable(ApplicationStatus.SELECTED, BursaryStatus.GRANTED))
                .hasMessageContaining("learning.error.bursary-already-decided");
        assertThatThrownBy(() -> SelectionRules.checkBursaryDecidable(ApplicationStatus.WITHDRAWN, BursaryStatus.REQUESTED))
                .hasMessageContaining("learning.error.bursary-not-decidable");
        assertThatThrownBy(() -> SelectionRules.checkBursaryDecidable(ApplicationStatus.NOT_SELECTED, BursaryStatus.REQUESTED))
                .hasMessageContaining("learning.error.bursary-not-decidable");
    }

    @Test
    void noMoreIsGrantedThanWasAskedFor() {
        BigDecimal asked = new BigDecimal("120.00");
        assertThat(SelectionRules.grantProblems(GrantDecision.grant(new BigDecimal("120"), ""), asked)).isEmpty();
        assertThat(SelectionRules.grantProblems(GrantDecision.grant(new BigDecimal("60"), "Half now"), asked)).isEmpty();
        assertThat(SelectionRules.grantProblems(GrantDecision.grant(new BigDecimal("120.01"), ""), asked))
                .containsExactly("learning.validation.granted-more-than-asked");
        assertThat(SelectionRules.grantProblems(GrantDecision.decline("Sorry"), asked)).isEmpty();
    }

    @Test
    void sessionsAreScheduledFromTodayWithinTheRun() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(SelectionRules.sessionDateProblems(today, today, RUN_START, RUN_END)).isEmpty();
        assertThat(SelectionRules.sessionDateProblems(today.minusDays(1), today, RUN_START, RUN_END))
                .containsExactly("learning.validation.session-in-past");
        assertThat(SelectionRules.sessionDateProblems(RUN_END.plusDays(1), today, RUN_START, RUN_END))
                .containsExactly("learning.validation.session-outside-run");
        assertThat(SelectionRules.sessionDateProblems(RUN_START.minusDays(1), RUN_START.minusDays(5), RUN_START, RUN_END))
                .containsExactly("learning.validation.session-outside-run");
    }

    @Test
    void registrationClosesAndAttendanceOpensWhenTheSessionStarts() {
        assertThatCode(() -> SelectionRules.checkRegistrationOpen(STARTS, STARTS.minusMinutes(1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> SelectionRules.checkRegistrationOpen(STARTS, STARTS))
                .hasMessageContaining("learning.error.session-started");
        assertThatThrownBy(() -> SelectionRules.checkAttendanceOpen(STARTS, STARTS.minusMinutes(1)))
                .hasMessageContaining("learning.error.attendance-too-early");
        assertThatCode(() -> SelectionRules.checkAttendanceOpen(STARTS, STARTS)).doesNotThrowAnyException();
    }

    @Test
    void aCertificateGoesToASelectedParticipantOnce() {
        assertThatCode(() -> SelectionRules.checkCertificate(ApplicationStatus.SELECTED, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SelectionRules.checkCertificate(ApplicationStatus.SELECTED, true))
                .hasMessageContaining("learning.error.certificate-already-issued");
        assertThatThrownBy(() -> SelectionRules.checkCertificate(ApplicationStatus.WAITING_LIST, false))
                .hasMessageContaining("learning.error.certificate-not-participant");
    }

    @Test
    void fundingIsDecidedOnceAndReportedOnceGranted() {
        assertThatCode(() -> SelectionRules.checkFundingDecidable(FundingStatus.REQUESTED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SelectionRules.checkFundingDecidable(FundingStatus.GRANTED))
                .hasMessageContaining("learning.error.funding-already-decided");
        assertThatCode(() -> SelectionRules.checkReportable(FundingStatus.GRANTED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SelectionRules.checkReportable(FundingStatus.DECLINED))
                .hasMessageContaining("learning.error.funding-not-granted");
        assertThatThrownBy(() -> SelectionRules.checkReportable(FundingStatus.REPORTED))
                .hasMessageContaining("learning.error.funding-already-reported");
    }

    @Test
    void applicantsMayWithdrawUntilTheyAreTurnedDown() {
        assertThat(ApplicationStatus.DRAFT.withdrawable()).isTrue();
        assertThat(ApplicationStatus.SELECTED.withdrawable()).isTrue();
        assertThat(ApplicationStatus.NOT_SELECTED.withdrawable()).isFalse();
        assertThat(ApplicationStatus.WITHDRAWN.withdrawable()).isFalse();
        assertThat(ApplicationStatus.DRAFT.editable()).isTrue();
        assertThat(ApplicationStatus.SUBMITTED.editable()).isFalse();
    }
}
