package org.peerplanner.integrations.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Writes iCalendar (RFC 5545) that mainstream calendars accept: per-session invites and cancellations (iTIP
 * REQUEST/CANCEL, RFC 5546) and subscription feeds (PUBLISH). Output is UTF-8 text with CRLF line ends, folded at
 * 75 octets; every time carries its zone's TZID and a VTIMEZONE generated offline from the JDK's zone rules.
 * <p>
 * The lines are written directly rather than through iCal4j's model: iCal4j folds by UTF-16 chars, not octets,
 * and a feed of 1,000 sessions must render in milliseconds. Tests parse every kind of output with iCal4j (and its
 * validator) and with biweekly.
 */
@Component
public class CalendarWriter {

    public static final String PRODID = "-//Peer Planner//Peer Planner//EN";
    /** How often subscribed clients should re-read a feed. */
    public static final String REFRESH = "PT1H";

    private final Clock clock;

    public CalendarWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An invite (METHOD:REQUEST) for one session; also for updates, with the sequence raised by the caller. */
    public String invite(CalendarEvent event) {
        requireItip(event, "an invite");
        return render(lines -> single(lines, "REQUEST", event, event.status(), true));
    }

    /**
     * A cancellation (METHOD:CANCEL) for a session sent earlier; always STATUS:CANCELLED. The caller passes the
     * raised sequence (see {@link CalendarEvent#cancelled}).
     */
    public String cancellation(CalendarEvent event) {
        requireItip(event, "a cancellation");
        return render(lines -> single(lines, "CANCEL", event, EventStatus.CANCELLED, false));
    }

    /**
     * A subscription feed (METHOD:PUBLISH); cancelled events stay in it with STATUS:CANCELLED. Following RFC 5546
     * §3.2.1, published events name their ORGANIZER (the event's, else the feed's publisher) but no ATTENDEEs:
     * that also keeps colleagues' addresses out of a URL that is easily shared. Invites carry the attendees.
     */
    public String feed(FeedHeader header, List<CalendarEvent> events, List<AllDayEvent> dueDates) {
        return render(lines -> feed(lines, header, events, dueDates));
    }

    /** {@link #feed(FeedHeader, List, List)} streamed to a writer, which is flushed but not closed. */
    public void writeFeed(FeedHeader header, List<CalendarEvent> events, List<AllDayEvent> dueDates, Writer out) {
        ContentLines lines = new ContentLines(out);
        feed(lines, header, events, dueDates);
        lines.flush();
    }

    /** {@link #feed(FeedHeader, List, List)} streamed as UTF-8; the stream is flushed but not closed. */
    public void writeFeed(FeedHeader header, List<CalendarEvent> events, List<AllDayEvent> dueDates,
                          OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeFeed(header, events, dueDates, writer);
        writer.flush();
    }

    private interface Body {
        void write(ContentLines lines);
    }

    private static String render(Body body) {
        StringWriter out = new StringWriter(4096);
        ContentLines lines = new ContentLines(out);
        body.write(lines);
        lines.flush();
        return out.toString();
    }

    private void single(ContentLines lines, String method, CalendarEvent event, EventStatus status, boolean alarm) {
        TimeZoneBlocks zones = new TimeZoneBlocks();
        zones.add(event.start(), event.end());
        header(lines, method);
        zones.write(lines);
        event(lines, event, event.organizer(), event.attendees(), status, alarm, clock.instant());
        lines.finish("VCALENDAR");
    }

    private void feed(ContentLines lines, FeedHeader header, List<CalendarEvent> events, List<AllDayEvent> dueDates) {
        Instant now = clock.instant();
        TimeZoneBlocks zones = new TimeZoneBlocks();
        zones.add(now.atZone(header.zone()), now.atZone(header.zone()));
        for (CalendarEvent event : events) {
            zones.add(event.start(), event.end());
        }
        header(lines, "PUBLISH");
        lines.name("X-WR-CALNAME").text(header.name()).end();
        lines.name("X-WR-TIMEZONE").raw(header.zone().getId()).end();
        if (!Texts.isBlank(header.description())) {
            lines.name("X-WR-CALDESC").text(header.description()).end();
        }
        lines.name("REFRESH-INTERVAL").param("VALUE", "DURATION").raw(REFRESH).end();
        lines.name("X-PUBLISHED-TTL").raw(REFRESH).end();
        zones.write(lines);
        for (CalendarEvent event : events) {
            Person organizer = event.organizer() == null ? header.publisher() : event.organizer();
            event(lines, event, organizer, List.of(), event.status(), true, now);
        }
        for (AllDayEvent due : dueDates) {
            allDay(lines, due, header.publisher(), now);
        }
        lines.finish("VCALENDAR");
    }

    private static void header(ContentLines lines, String method) {
        lines.begin("VCALENDAR");
        lines.name("PRODID").text(PRODID).end();
        lines.name("VERSION").raw("2.0").end();
        lines.name("CALSCALE").raw("GREGORIAN").end();
        lines.name("METHOD").raw(method).end();
    }

    private static void event(ContentLines lines, CalendarEvent event, Person organizer, List<Attendee> attendees,
                              EventStatus status, boolean alarm, Instant now) {
        lines.begin("VEVENT");
        lines.name("UID").text(event.uid()).end();
        lines.name("DTSTAMP").raw(IcalFormats.utc(now)).end();
        lines.name("SEQUENCE").raw(Integer.toString(event.sequence())).end();
        dateTime(lines, "DTSTART", event.start());
        dateTime(lines, "DTEND", event.end());
        lines.name("SUMMARY").text(event.summary()).end();
        optionalText(lines, "DESCRIPTION", event.description());
        optionalText(lines, "LOCATION", event.location());
        if (!Texts.isBlank(event.url())) {
            lines.name("URL").uri(event.url().strip()).end();
        }
        organizer(lines, organizer);
        for (Attendee attendee : attendees) {
            lines.name("ATTENDEE");
            commonName(lines, attendee.name());
            lines.param("ROLE", attendee.role().icalValue())
                    .param("PARTSTAT", attendee.partStat().icalValue());
            if (attendee.rsvp()) {
                lines.param("RSVP", "TRUE");
            }
            lines.uri("mailto:" + attendee.email()).end();
        }
        if (!event.categories().isEmpty()) {
            lines.name("CATEGORIES").texts(event.categories()).end();
        }
        lines.name("STATUS").raw(status.name()).end();
        if (event.lastModified() != null) {
            lines.name("LAST-MODIFIED").raw(IcalFormats.utc(event.lastModified())).end();
        }
        if (alarm && event.alarmMinutesBefore() != null && status != EventStatus.CANCELLED) {
            lines.begin("VALARM");
            lines.name("ACTION").raw("DISPLAY").end();
            lines.name("TRIGGER").param("RELATED", "START").raw(trigger(event.alarmMinutesBefore())).end();
            lines.name("DESCRIPTION").text(event.summary().isBlank() ? "Reminder" : event.summary()).end();
            lines.finish("VALARM");
        }
        lines.finish("VEVENT");
    }

    private static void allDay(ContentLines lines, AllDayEvent due, Person organizer, Instant now) {
        lines.begin("VEVENT");
        lines.name("UID").text(due.uid()).end();
        lines.name("DTSTAMP").raw(IcalFormats.utc(now)).end();
        lines.name("SEQUENCE").raw(Integer.toString(due.sequence())).end();
        lines.name("DTSTART").param("VALUE", "DATE").raw(IcalFormats.date(due.date())).end();
        lines.name("DTEND").param("VALUE", "DATE").raw(IcalFormats.date(due.date().plusDays(1))).end();
        lines.name("SUMMARY").text(due.summary()).end();
        optionalText(lines, "DESCRIPTION", due.description());
        if (!Texts.isBlank(due.url())) {
            lines.name("URL").uri(due.url().strip()).end();
        }
        organizer(lines, organizer);
        lines.name("TRANSP").raw("TRANSPARENT").end();
        if (due.lastModified() != null) {
            lines.name("LAST-MODIFIED").raw(IcalFormats.utc(due.lastModified())).end();
        }
        lines.finish("VEVENT");
    }

    /**
     * A local time with TZID, except in the second pass of a repeated hour (clocks going back), which a TZID time
     * cannot express (RFC 5545 §3.3.5 reads it as the first pass): that one is written in UTC.
     */
    private static void dateTime(ContentLines lines, String name, ZonedDateTime time) {
        if (time.getZone() instanceof java.time.ZoneOffset || !time.equals(time.withEarlierOffsetAtOverlap())) {
            lines.name(name).raw(IcalFormats.utc(time.toInstant())).end();
        } else {
            lines.name(name).param("TZID", time.getZone().getId())
                    .raw(IcalFormats.localDateTime(time.toLocalDateTime())).end();
        }
    }

    private static void organizer(ContentLines lines, Person organizer) {
        lines.name("ORGANIZER");
        commonName(lines, organizer.name());
        lines.uri("mailto:" + organizer.email()).end();
    }

    private static String trigger(int minutesBefore) {
        return minutesBefore == 0 ? "PT0S" : "-PT" + minutesBefore + "M";
    }

    private static void optionalText(ContentLines lines, String name, String value) {
        if (!Texts.isBlank(value)) {
            lines.name(name).text(value).end();
        }
    }

    private static void commonName(ContentLines lines, String name) {
        if (!Texts.isBlank(name)) {
            lines.param("CN", name.strip());
        }
    }

    private static void requireItip(CalendarEvent event, String what) {
        if (event.organizer() == null) {
            throw new IllegalArgumentException(what + " needs an organizer: " + event.uid());
        }
        if (event.attendees().isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one attendee: " + event.uid());
        }
    }
}
