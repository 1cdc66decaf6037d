package org.praxis.coproduction.internal;

import org.praxis.coproduction.events.ApplicationId;
import org.praxis.coproduction.events.ClaimId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The notices co-production asks the notifications module to deliver. Each key names the fact told, so a
 * redelivered event or a repeated job tells nobody twice; words come from {@code coproduction.notice.*}.
 */
final class CoproductionNotices {

    private CoproductionNotices() {
    }

    static NoticeRequested applicationDecided(ApplicationId id, PersonId applicant, boolean appointed,
                                              String waveTitle) {
        String fact = appointed ? "appointed" : "not-appointed";
        return NoticeRequested.of("coproduction:application-" + fact + ":" + id, Audience.person(applicant),
                "coproduction.notice.application-" + fact, CoproductionLinks.MY_APPLICATIONS,
                NoticeArgument.text(waveTitle));
    }

    static NoticeRequested scoresIn(ApplicationId id, String waveTitle) {
        return NoticeRequested.of("coproduction:scores-in:" + id, Audience.holdersOf(Role.PROGRAMME_TEAM),
                "coproduction.notice.scores-in", CoproductionLinks.application(id), NoticeArgument.text(waveTitle));
    }

    /** Consent to stay in the talent pool runs out soon; told once per expiry date. */
    static NoticeRequested poolConsentEnding(PersonId person, LocalDate expiresOn) {
        return NoticeRequested.of("coproduction:pool-consent-ending:" + person.value() + ":" + expiresOn,
                Audience.person(person), "coproduction.notice.pool-consent-ending", CoproductionLinks.MY_APPLICATIONS,
                NoticeArgument.date(expiresOn));
    }

    static NoticeRequested claimSubmitted(ClaimId id, PersonId lead, String elementTitle) {
        return NoticeRequested.of("coproduction:claim-submitted:" + id, Audience.person(lead),
                "coproduction.notice.claim-submitted", CoproductionLinks.APPROVALS, NoticeArgument.text(elementTitle));
    }

    static NoticeRequested claimPaid(ClaimId id, PersonId coproducer, BigDecimal amount, LocalDate paidOn) {
        return NoticeRequested.of("coproduction:claim-paid:" + id, Audience.person(coproducer),
                "coproduction.notice.claim-paid", CoproductionLinks.MY_CLAIMS,
                NoticeArgument.text(Money.pounds(amount)), NoticeArgument.date(paidOn));
    }

    static NoticeRequested claimRefused(ClaimId id, PersonId coproducer) {
        return NoticeRequested.of("coproduction:claim-refused:" + id, Audience.person(coproducer),
                "coproduction.notice.claim-refused", CoproductionLinks.MY_CLAIMS);
    }

    /** A claim waiting longer than promised: told to the team once. */
    static NoticeRequested claimOverdue(ClaimId id, LocalDate submittedOn, int promisedDays) {
        return NoticeRequested.of("coproduction:claim-overdue:" + id, Audience.holdersOf(Role.PROGRAMME_TEAM),
                "coproduction.notice.claim-overdue", CoproductionLinks.PAYMENTS, NoticeArgument.date(submittedOn),
                NoticeArgument.text(Integer.toString(promisedDays)));
    }
}
