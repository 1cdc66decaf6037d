package org.crp.learning.internal;

import org.praxis.platform.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The programme's rules that depend on where things stand (a status, a date, an amount already asked for),
 * as i18n keys of plain-language messages. What a form alone can tell is checked by Bean Validation on the
 * form ({@code InputValidator}); these come after. Kept apart from the services so they are easy to read and
 * to test on their own.
 */
final class SelectionRules {

    private SelectionRules() {
    }

    /** Whether people may apply to a run today: applications open and the run not over. */
    static boolean acceptsApplications(boolean applicationsOpen, LocalDate endsOn, LocalDate today) {
        return applicationsOpen && !today.isAfter(endsOn);
    }

    /** Refuses a selection decision that does not fit the application's status. */
    static void checkDecision(ApplicationStatus current, ApplicationStatus outcome) {
        if (!current.awaitsDecision()) {
            throw new ProblemException("learning.error.not-decidable");
        }
        if (current == outcome) {
            throw new ProblemException("learning.error.decision-unchanged");
        }
    }

    /** Refuses a bursary decision unless a bursary was asked for, is undecided, and the application is live. */
    static void checkBursaryDecidable(ApplicationStatus application, BursaryStatus bursary) {
        if (bursary == BursaryStatus.NONE) {
            throw new ProblemException("learning.error.no-bursary-requested");
        }
        if (bursary != BursaryStatus.REQUESTED) {
            throw new ProblemException("learning.error.bursary-already-decided");
        }
        if (!(application.awaitsDecision() || application == ApplicationStatus.SELECTED)) {
            throw new ProblemException("learning.error.bursary-not-decidable");
        }
    }

    /** Problems with an amount granted against the amount asked for: never more than was asked. */
    static List<String> grantProblems(GrantDecision decision, BigDecimal requested) {
        List<String> problems = new ArrayList<>();
        if (decision.granted() && decision.amount() != null && decision.amount().compareTo(requested) > 0) {
            problems.add("learning.validation.granted-more-than-asked");
        }
        return problems;
    }

    /** Problems with when a session is scheduled: not in the past, and within its run. */
    static List<String> sessionDateProblems(LocalDate date, LocalDate today, LocalDate runStart, LocalDate runEnd) {
        List<String> problems = new ArrayList<>();
        if (date.isBefore(today)) {
            problems.add("learning.validation.session-in-past");
        }
        if (date.isBefore(runStart) || date.isAfter(runEnd)) {
            problems.add("learning.validation.session-outside-run");
        }
        return problems;
    }

    /** Registration (and cancelling it) is possible until the session starts. */
    static void checkRegistrationOpen(OffsetDateTime startsAt, OffsetDateTime now) {
        if (!now.isBefore(startsAt)) {
            throw new ProblemException("learning.error.session-started");
        }
    }

    /** Attendance is recorded once the session has started. */
    static void checkAttendanceOpen(OffsetDateTime startsAt, OffsetDateTime now) {
        if (now.isBefore(startsAt)) {
            throw new ProblemException("learning.error.attendance-too-early");
        }
    }

    /** A certificate goes to a selected participant, once. */
    static void checkCertificate(ApplicationStatus status, boolean alreadyIssued) {
        if (status != ApplicationStatus.SELECTED) {
            throw new ProblemException("learning.error.certificate-not-participant");
        }
        if (alreadyIssued) {
            throw new ProblemException("learning.error.certificate-already-issued");
        }
    }

    /** Funding can be decided once; a report can be filed once the funding was granted. */
    static void checkFundingDecidable(FundingStatus status) {
        if (status != FundingStatus.REQUESTED) {
            throw new ProblemException("learning.error.funding-already-decided");
        }
    }

    static void checkReportable(FundingStatus status) {
        if (status == FundingStatus.REPORTED) {
            throw new ProblemException("learning.error.funding-already-reported");
        }
        if (status != FundingStatus.GRANTED) {
            throw new ProblemException("learning.error.funding-not-granted");
        }
    }
}
