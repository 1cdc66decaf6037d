package org.praxis.hub.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.hub.events.ResourceId;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.ReciprocationDelivered;

import java.time.Instant;
import java.util.Optional;

/**
 * Whom the Hub tells what, in its own words (keys {@code hub.notice.*}), published next to its events for the
 * notifications module to deliver (docs/adr/0010). Each notice key names the fact, so a fact told twice
 * reaches nobody twice.
 */
final class HubNotices {

    /** The moderators' queue. */
    static final String MODERATION = "hub/moderation";

    private HubNotices() {
    }

    static String link(ResourceId id) {
        return "hub/resources/" + id;
    }

    /**
     * An institution's reciprocation came in as a submission: the moderators, who review it. Keyed by the
     * delivery (item and time), as the delivery is what is told.
     */
    static NoticeRequested deliveredForReview(ReciprocationDelivered delivered) {
        return NoticeRequested.of("hub:reciprocation-delivered:" + delivered.itemId() + ":" + delivered.deliveredAt(),
                Audience.holdersOf(Role.MODERATOR), "hub.notice.reciprocation-delivered", MODERATION,
                NoticeArgument.text(delivered.title()), NoticeArgument.text(delivered.organisationName()));
    }

    /**
     * A resource was published. One that came from a reciprocation closes the loop for the institution that
     * gave it: its leads learn it is now shared. Other resources tell nobody: everyone can browse the Hub,
     * and telling every person of every new resource would bury what needs them.
     */
    static Optional<NoticeRequested> published(ResourceId id, String title, @Nullable OrganisationId owner,
                                               @Nullable AgreementId sourceAgreement, Instant at) {
        if (owner == null || sourceAgreement == null) {
            return Optional.empty();
        }
        return Optional.of(NoticeRequested.of("hub:resource-published:" + id + ":" + at,
                Audience.holdersOf(Role.INSTITUTION_LEAD, owner), "hub.notice.resource-published", link(id),
                NoticeArgument.text(title)));
    }
}
