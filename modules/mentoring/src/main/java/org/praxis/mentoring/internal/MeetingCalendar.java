package org.praxis.mentoring.internal;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.praxis.mentoring.internal.MentoringViews.Meeting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A mentoring meeting as an iCalendar file (RFC 5545) for the pair's own calendars: times in UTC, the agenda
 * as its description (never the notes), and a UID that stays the same, so importing it again updates it.
 */
final class MeetingCalendar {

    static final String PRODUCT_ID = "-//Praxis//Mentoring//EN";
    static final String MEDIA_TYPE = "text/calendar";

    private MeetingCalendar() {
    }

    static byte[] ics(Meeting meeting, String title, Instant stamp) {
        Instant start = meeting.startsAt().toInstant();
        VEvent event = new VEvent(start, start.plus(meeting.minutes(), ChronoUnit.MINUTES), title);
        event.replace(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Uid("meeting-" + meeting.id() + "@mentoring.praxis"));
        if (!meeting.agenda().isBlank()) {
            event.add(new Description(meeting.agenda()));
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
