package org.praxis.reciprocation.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;
import org.praxis.platform.notices.NoticeResolved;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.Side;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whom the reciprocation module tells what, in its own words (keys {@code reciprocation.notice.*}), published
 * next to its events for the notifications module to deliver (docs/adr/0010). Each notice key names the fact,
 * so a fact told twice reaches nobody twice.
 */
final class ReciprocationNotices {

    private ReciprocationNotices() {
    }

    /** An agreement's page: its institution's leads and the programme team see it. */
    static String link(AgreementId id) {
        return "agreements/" + id;
    }

    /** A version was proposed: both sides, who must each accept it. Every version is news again. */
    static NoticeRequested proposed(AgreementId id, OrganisationId organisation, String title, int version) {
        return NoticeRequested.of("reciprocation:agreement-proposed:" + id + ":v" + version, bothSides(organisation),
                "reciprocation.notice.agreement-proposed", link(id), NoticeArgument.text(title));
    }

    /** One side accepted the version: that side's "an agreement to accept" is done, the other's still waits. */
    static NoticeResolved acceptedBy(AgreementId id, OrganisationId organisation, int version, boolean asTeam) {
        return NoticeResolved.forAudience("reciprocation:agreement-proposed:" + id + ":v" + version,
                asTeam ? Audience.holdersOf(Role.PROGRAMME_TEAM) : Audience.holdersOf(Role.INSTITUTION_LEAD, organisation));
    }

    /** A newer version was proposed: nobody needs to accept the older one any more. */
    static NoticeResolved superseded(AgreementId id, int version) {
        return NoticeResolved.forEveryone("reciprocation:agreement-proposed:" + id + ":v" + version);
    }

    /** Both sides accepted a version: both sides. */
    static NoticeRequested accepted(AgreementId id, OrganisationId organisation, String title, int version) {
        return NoticeRequested.of("reciprocation:agreement-accepted:" + id + ":v" + version, bothSides(organisation),
                "reciprocation.notice.agreement-accepted", link(id), NoticeArgument.text(title));
    }

    /**
     * An open item is due soon or overdue: the person responsible, else whoever delivers that side (the
     * programme team for support, the institution's leads for what it gives back). One reminder of each kind
     * per item and due date: a reminder repeated for the same date is taken as a redelivery; a new due date
     * reminds again.
     */
    static NoticeRequested itemDue(AgreementId id, UUID itemId, OrganisationId organisation, Side side, String title,
                                   @Nullable PersonId responsible, LocalDate dueDate, boolean overdue) {
        Audience audience = responsible != null ? Audience.person(responsible)
                : side == Side.SUPPORT ? Audience.holdersOf(Role.PROGRAMME_TEAM)
                : Audience.holdersOf(Role.INSTITUTION_LEAD, organisation);
        String state = overdue ? "item-overdue" : "item-due-soon";
        return NoticeRequested.of("reciprocation:" + state + ":" + itemId + ":" + dueDate, audience,
                overdue ? "reciprocation.notice.item-overdue" : "reciprocation.notice.item-due-soon", link(id),
                NoticeArgument.text(title), NoticeArgument.date(dueDate));
    }

    /** The institution fulfilled its first agreement and joined the community of practice: its leads. */
    static NoticeRequested communityMembership(OrganisationId organisation, String organisationName, AgreementId id) {
        return NoticeRequested.of("reciprocation:community-membership:" + organisation + ":" + id,
                Audience.holdersOf(Role.INSTITUTION_LEAD, organisation), "reciprocation.notice.community-membership",
                link(id), NoticeArgument.text(organisationName));
    }

    private static Audience bothSides(OrganisationId organisation) {
        return Audience.holdersOf(Role.INSTITUTION_LEAD, organisation).and(Audience.holdersOf(Role.PROGRAMME_TEAM));
    }
}
