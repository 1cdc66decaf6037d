package org.praxis.matchmaking.internal;

import org.praxis.matchmaking.internal.MatchmakingViews.Registration;
import org.praxis.platform.PersonId;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The notices matchmaking asks the notifications module to deliver. Each key names the fact told, so a
 * redelivered event tells nobody twice; messages come from this module's bundle ({@code matchmaking.notice.*}).
 */
final class MatchmakingNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);

    private MatchmakingNotices() {
    }

    static NoticeRequested applicationReceived(Registration registration, PersonId organiser) {
        return NoticeRequested.of("matchmaking:application-received:" + registration.id(), Audience.person(organiser),
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
}
