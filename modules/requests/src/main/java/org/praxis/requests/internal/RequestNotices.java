package org.praxis.requests.internal;

import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;
import org.praxis.platform.notices.NoticeResolved;
import org.praxis.requests.events.SupportRequestId;

/**
 * Whom the requests module tells what, in its own words (keys {@code requests.notice.*}), published next to
 * its events for the notifications module to deliver (docs/adr/0010). Each notice key names the fact, so a
 * fact told twice reaches nobody twice.
 */
final class RequestNotices {

    private RequestNotices() {
    }

    /** A request's page: the institution's leads and the programme team both see it. */
    static String link(SupportRequestId id) {
        return "requests/" + id;
    }

    /** A request was submitted: every programme team member, who assess it. */
    static NoticeRequested submitted(SupportRequestId id, String title, String organisationName) {
        return NoticeRequested.of("requests:request-submitted:" + id, Audience.holdersOf(Role.PROGRAMME_TEAM),
                "requests.notice.request-submitted", link(id),
                NoticeArgument.text(title), NoticeArgument.text(organisationName));
    }

    /** The team has taken the submitted request up (or it was declined or withdrawn): nothing waits any more. */
    static NoticeResolved submittedDealtWith(SupportRequestId id) {
        return NoticeResolved.forEveryone("requests:request-submitted:" + id);
    }
}
