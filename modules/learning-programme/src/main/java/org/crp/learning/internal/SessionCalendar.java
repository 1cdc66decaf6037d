package org.crp.learning.internal;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.crp.learning.internal.LearningViews.SessionDetails;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A session as an iCalendar file (RFC 5545), for people to add to their own calendars. Times are written in
 * UTC, so every calendar shows them in its own time zone; the UID stays the same for a session, so importing
 * a changed session again updates it rather than adding a second one.
 */
final class SessionCalendar {

    static final String PRODUCT_ID = "-//Community Research Partnerships//Learning programme//EN";
    static final String MEDIA_TYPE = "text/calendar";

    private SessionCalendar() {
    }

    static String uid(SessionDetails session) {
        return "session-" + session.id() + "@learning.crp";
    }

    /** The file's name: the session's title in safe characters. */
    static String fileName(SessionDetails session) {
        String base = session.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return (base.isEmpty() ? "session" : base.length() > 60 ? base.substring(0, 60) : base) + ".ics";
    }

    static byte[] ics(SessionDetails session, Instant stamp) {
        VEvent event = new VEvent(session.startsAt().toInstant(), session.endsAt().toInstant(), session.title());
        event.replace(new DtStamp(stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new Uid(uid(session)));
        StringBuilder description = new StringBuilder(session.agenda().strip());
        if (!session.joiningLink().isBlank()) {
            if (!description.isEmpty()) {
                description.append("\n\n");
            }
            description.append(session.joiningLink());
            event.add(new Location(session.joiningLink()));
            event.add(new Url(URI.create(session.joiningLink())));
        }
        if (!description.isEmpty()) {
            event.add(new Description(description.toString()));
        }

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);

        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
