package org.crp.learning.internal;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.events.SessionId;
import org.crp.learning.events.SessionKind;
import org.crp.learning.internal.LearningViews.SessionDetails;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A session as an iCalendar file: read back with ical4j, as a calendar application would. */
class SessionCalendarTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static SessionDetails session(String title, String agenda, String link) {
        // 20 January 2027, 10:00 to 13:30 in London (GMT, so 10:00Z to 13:30Z).
        OffsetDateTime start = OffsetDateTime.of(2027, 1, 20, 10, 0, 0, 0, LONDON.getRules()
                .getOffset(Instant.parse("2027-01-20T10:00:00Z")));
        return new SessionDetails(new SessionId(UUID.fromString("0190c3f8-1111-7000-8000-000000000001")),
                new ProgrammeRunId(UUID.randomUUID()), "CRP Learning Programme 2026-27", SessionKind.LEARNING, title,
                start, start.plusHours(3).plusMinutes(30), agenda, null, null, link, List.of(), 3, true, false, true,
                false, 0);
    }

    static String ics(SessionDetails session) {
        return new String(SessionCalendar.ics(session, Instant.parse("2026-12-03T09:15:30.123Z")), StandardCharsets.UTF_8);
    }

    static VEvent event(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    @Test
    void holdsOneEventWithTheSessionsTitleTimesAndLink() throws Exception {
        String ics = ics(session("Starting well: power, mutuality and fair payment",
                "10:00 Welcome\n10:30 Power in partnerships", "https://meet.example.org/crp-2027-01-20"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0", "METHOD:PUBLISH",
                "PRODID:" + SessionCalendar.PRODUCT_ID);
        assertThat(ics).contains("DTSTART:20270120T100000Z", "DTEND:20270120T133000Z", "DTSTAMP:20261203T091530Z");
        assertThat(ics).contains("\r\n");

        VEvent event = event(ics);
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Starting well: power, mutuality and fair payment");
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("session-0190c3f8-1111-7000-8000-000000000001@learning.crp");
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo("10:00 Welcome\n10:30 Power in partnerships\n\nhttps://meet.example.org/crp-2027-01-20");
        assertThat(event.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo("https://meet.example.org/crp-2027-01-20");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("https://meet.example.org/crp-2027-01-20");
    }

    @Test
    void summerSessionsAreWrittenInUtcSoEveryCalendarShowsTheRightHour() {
        OffsetDateTime start = OffsetDateTime.of(2027, 6, 9, 14, 0, 0, 0, LONDON.getRules()
                .getOffset(Instant.parse("2027-06-09T13:00:00Z")));
        SessionDetails summer = new SessionDetails(new SessionId(UUID.randomUUID()), new ProgrammeRunId(UUID.randomUUID()),
                "Run", SessionKind.NETWORKING, "Networking", start, start.plusHours(2), "", null, null, "", List.of(), 0,
                false, false, true, false, 0);
        // 14:00 British Summer Time is 13:00 UTC.
        assertThat(ics(summer)).contains("DTSTART:20270609T130000Z", "DTEND:20270609T150000Z");
    }

    @Test
    void aSessionWithoutAgendaOrLinkStillMakesAValidEvent() throws Exception {
        VEvent event = event(ics(session("Showcase", "", "")));
        assertThat(event.getProperty(Property.DESCRIPTION)).isEmpty();
        assertThat(event.getProperty(Property.URL)).isEmpty();
    }

    @Test
    void textsWithCommasSemicolonsAndAccentsSurviveTheRoundTrip() throws Exception {
        String title = "Ethics, consent; and Māori data sovereignty — a conversation";
        VEvent event = event(ics(session(title, "Line one, with a comma\nLine two; with a semicolon", "")));
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(title);
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo("Line one, with a comma\nLine two; with a semicolon");
    }

    @Test
    void theSameSessionKeepsItsUidSoAnUpdateReplacesTheOldEntry() {
        SessionDetails session = session("Starting well", "", "");
        assertThat(SessionCalendar.uid(session)).isEqualTo(SessionCalendar.uid(session("Renamed", "new", "")));
    }

    @Test
    void theFileIsNamedAfterTheSessionInSafeCharacters() {
        assertThat(SessionCalendar.fileName(session("Starting well: power & fair pay!", "", "")))
                .isEqualTo("starting-well-power-fair-pay.ics");
        assertThat(SessionCalendar.fileName(session("???", "", ""))).isEqualTo("session.ics");
    }
}
