package org.praxis.assessment.internal;

import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;
import org.praxis.platform.notices.NoticeResolved;
import org.praxis.requests.events.SupportRequestId;

import java.time.Instant;
import java.util.UUID;

/**
 * Whom the assessment module tells what, in its own words (keys {@code assessment.notice.*}), published next
 * to its events for the notifications module to deliver (docs/adr/0010). Each notice key names the fact, so
 * a fact told twice reaches nobody twice.
 */
final class AssessmentNotices {

    private AssessmentNotices() {
    }

    /** The request's page (the requests module's), which the institution's leads and the programme team see. */
    static String link(SupportRequestId id) {
        return "requests/" + id;
    }

    /** An assessor was assigned: the assessor. */
    static NoticeRequested assessorAssigned(SupportRequestId id, String requestTitle, PersonId assessor, Instant at) {
        return NoticeRequested.of("assessment:assessor-assigned:" + id + ":" + assessor + ":" + at,
                Audience.person(assessor), "assessment.notice.assessor-assigned", link(id),
                NoticeArgument.text(requestTitle));
    }

    /** The assessment was completed: the institution's leads. */
    static NoticeRequested completed(UUID assessmentId, SupportRequestId id, OrganisationId organisation,
                                     String requestTitle) {
        return NoticeRequested.of("assessment:assessment-completed:" + assessmentId,
                Audience.holdersOf(Role.INSTITUTION_LEAD, organisation), "assessment.notice.assessment-completed",
                link(id), NoticeArgument.text(requestTitle));
    }

    /** The request was declined: the institution's leads (the request's page says why). */
    static NoticeRequested declined(SupportRequestId id, OrganisationId organisation, String requestTitle, Instant at) {
        return NoticeRequested.of("assessment:request-declined:" + id + ":" + at,
                Audience.holdersOf(Role.INSTITUTION_LEAD, organisation), "assessment.notice.request-declined",
                link(id), NoticeArgument.text(requestTitle));
    }

    /** The assessment was completed, or the request declined: every assessor's "a request to assess" is done. */
    static NoticeResolved assessingDone(SupportRequestId id) {
        return NoticeResolved.allStartingWith("assessment:assessor-assigned:" + id + ":");
    }
}
