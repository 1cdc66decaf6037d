package org.crp.learning.internal;

import org.crp.learning.events.ApplicationId;
import org.crp.learning.events.FundingRequestId;
import org.crp.learning.events.SessionId;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

/**
 * The notices the programme asks the notifications module to deliver. Each key names the fact told (so a
 * redelivered event tells nobody twice); messages come from this module's bundle ({@code learning.notice.*}).
 */
final class LearningNotices {

    private LearningNotices() {
    }

    static NoticeRequested applicationReceived(ApplicationId id, String applicantName, String runName) {
        return NoticeRequested.of("learning:application-received:" + id, Audience.holdersOf(Role.PROGRAMME_TEAM),
                "learning.notice.application-received", LearningLinks.application(id),
                NoticeArgument.text(applicantName), NoticeArgument.text(runName));
    }

    /** Selected, waiting list or not selected: told to the applicant. Each outcome is a fact of its own. */
    static NoticeRequested applicationDecided(ApplicationId id, PersonId applicant, ApplicationStatus outcome,
                                              String runName) {
        String name = outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return NoticeRequested.of("learning:application-" + name + ":" + id, Audience.person(applicant),
                "learning.notice.application-" + name, LearningLinks.application(id), NoticeArgument.text(runName));
    }

    static NoticeRequested bursaryDecided(ApplicationId id, PersonId applicant, @Nullable BigDecimal granted) {
        return granted == null
                ? NoticeRequested.of("learning:bursary-decided:" + id, Audience.person(applicant),
                        "learning.notice.bursary-declined", LearningLinks.application(id))
                : NoticeRequested.of("learning:bursary-decided:" + id, Audience.person(applicant),
                        "learning.notice.bursary-granted", LearningLinks.application(id),
                        NoticeArgument.text(Money.pounds(granted)));
    }

    /** A new session in a run: told to its participants; null when the run has none yet. */
    static @Nullable NoticeRequested sessionScheduled(SessionId id, Collection<PersonId> participants, String title,
                                                      LocalDate date) {
        if (participants.isEmpty()) {
            return null;
        }
        return NoticeRequested.of("learning:session-scheduled:" + id, Audience.people(participants),
                "learning.notice.session-scheduled", LearningLinks.session(id), NoticeArgument.text(title),
                NoticeArgument.date(date));
    }

    static NoticeRequested certificateIssued(ApplicationId id, PersonId participant, String runName) {
        return NoticeRequested.of("learning:certificate-issued:" + id, Audience.person(participant),
                "learning.notice.certificate-issued", LearningLinks.CERTIFICATES, NoticeArgument.text(runName));
    }

    static NoticeRequested fundingDecided(FundingRequestId id, PersonId participant, @Nullable BigDecimal granted) {
        return granted == null
                ? NoticeRequested.of("learning:funding-decided:" + id, Audience.person(participant),
                        "learning.notice.funding-declined", LearningLinks.FUNDING)
                : NoticeRequested.of("learning:funding-decided:" + id, Audience.person(participant),
                        "learning.notice.funding-granted", LearningLinks.FUNDING,
                        NoticeArgument.text(Money.pounds(granted)));
    }
}
