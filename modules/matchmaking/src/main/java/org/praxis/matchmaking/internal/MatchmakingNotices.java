package org.praxis.matchmaking.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.PartnershipId;
import org.praxis.matchmaking.events.SeedApplicationId;
import org.praxis.matchmaking.internal.MatchmakingViews.Partnership;
import org.praxis.matchmaking.internal.MatchmakingViews.Registration;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The notices matchmaking asks the notifications module to deliver. Each key names the fact told, so a
 * redelivered event tells nobody twice; messages come from this module's bundle ({@code matchmaking.notice.*}).
 */
final class MatchmakingNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);

    private MatchmakingNotices() {
    }

    /** Told to the programme team, who organise events together (and to the demo event, whose organiser is nobody). */
    static NoticeRequested applicationReceived(Registration registration) {
        return NoticeRequested.of("matchmaking:application-received:" + registration.id(),
                Audience.holdersOf(Role.PROGRAMME_TEAM),
                "matchmaking.notice.application-received", MatchmakingLinks.organise(registration.eventId()),
                NoticeArgument.text(registration.name()), NoticeArgument.text(registration.eventTitle()));
    }

    static NoticeRequested placeConfirmed(Registration registration) {
        return told(registration, "place-confirmed");
    }

    static NoticeRequested waitingList(Registration registration) {
        return told(registration, "waiting-list");
    }

    static NoticeRequested refused(Registration registration) {
        return told(registration, "application-refused");
    }

    static NoticeRequested placeOffered(Registration registration, OffsetDateTime until, ZoneId zone) {
        return NoticeRequested.of("matchmaking:place-offered:" + registration.id(), Audience.person(registration.person()),
                "matchmaking.notice.place-offered", MatchmakingLinks.MINE,
                NoticeArgument.text(registration.eventTitle()),
                NoticeArgument.text(WHEN.format(until.atZoneSameInstant(zone))));
    }

    private static NoticeRequested told(Registration registration, String fact) {
        return NoticeRequested.of("matchmaking:" + fact + ":" + registration.id(), Audience.person(registration.person()),
                "matchmaking.notice." + fact, MatchmakingLinks.event(registration.eventId()),
                NoticeArgument.text(registration.eventTitle()));
    }

    static NoticeRequested partnershipFormed(PartnershipId id, Collection<PersonId> told, String name, String formedBy) {
        return NoticeRequested.of("matchmaking:partnership-formed:" + id, Audience.people(told),
                "matchmaking.notice.partnership-formed", MatchmakingLinks.partnership(id),
                NoticeArgument.text(formedBy), NoticeArgument.text(name));
    }

    static NoticeRequested seedFundingRequested(SeedApplicationId id, String amount) {
        return NoticeRequested.of("matchmaking:seed-funding-requested:" + id,
                Audience.holdersOf(MatchmakingRoles.SEED_FUND_PANEL_ROLE), "matchmaking.notice.seed-funding-requested",
                MatchmakingLinks.PANEL, NoticeArgument.text(amount));
    }

    static NoticeRequested seedFundingDecided(SeedApplicationId id, Partnership partnership,
                                              @Nullable BigDecimal awarded) {
        Audience partners = Audience.people(List.of(partnership.communityPartner(), partnership.researchPartner()));
        return awarded == null
                ? NoticeRequested.of("matchmaking:seed-funding-decided:" + id, partners,
                        "matchmaking.notice.seed-funding-declined", MatchmakingLinks.partnership(partnership.id()),
                        NoticeArgument.text(partnership.name()))
                : NoticeRequested.of("matchmaking:seed-funding-decided:" + id, partners,
                        "matchmaking.notice.seed-funding-awarded", MatchmakingLinks.partnership(partnership.id()),
                        NoticeArgument.text(partnership.name()), NoticeArgument.text(Money.pounds(awarded)));
    }
}
