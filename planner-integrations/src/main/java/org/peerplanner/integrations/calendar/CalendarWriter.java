package org.peerplanner.integrations.calendar;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;
import static org.peerplanner.integrations.calendar.IcalProperties.*;

/**
 * Builds iCalendar (RFC 5545) with iCal4j's model that mainstream calendars accept: per-session invites and
 * cancellations (iTIP REQUEST/CANCEL, RFC 5546), downloads and subscription feeds (PUBLISH). Output is UTF-8 with
 * CRLF line ends, folded at 75 octets by {@link OctetFoldingWriter}; every local time carries its zone's TZID and a
 * VTIMEZONE generated offline from the JDK's zone rules ({@link JdkTimeZones}).
 * <p>
 * A feed's bytes depend only on its content: each event's DTSTAMP is its last change, not the time of the request,
 * so one feed version is one set of bytes (and one strong ETag). Invites and cancellations are iTIP messages, whose
 * DTSTAMP is when the message was made.
 */
@Component
public class CalendarWriter {

    public static final String PRODID = "-//Peer Planner//Peer Planner//EN";
    /** How often subscribed clients should re-read a feed. */
    public static final String REFRESH = "PT1H";
    /** An open-ended rule still needs its zone's changes for the years a calendar shows it. */
    private static final int OPEN_ENDED_YEARS = 10;

    private final Clock clock;

    public CalendarWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An invite (METHOD:REQUEST) for one session; also for updates, with the sequence raised by the caller. */
    public String invite(CalendarEvent event) {
        requireItip(event, "an invite");
        return render(single(ImmutableMethod.REQUEST, event, event.organizer(), event.attendees(), event.status(),
                true, clock.instant()));
    }

    /**
     * A cancellation (METHOD:CANCEL) for a session sent earlier; always STATUS:CANCELLED. The caller passes the
     * raised sequence (see {@link CalendarEvent#cancelled}). Nobody is asked to reply to a cancellation.
     */
    public String cancellation(CalendarEvent event) {
        requireItip(event, "a cancellation");
        var attendees = event.attendees().stream()
                .map(a -> new Attendee(a.name(), a.email(), a.role(), a.partStat(), false)).toList();
        return render(single(ImmutableMethod.CANCEL, event, event.organizer(), attendees, EventStatus.CANCELLED,
                false, clock.instant()));
    }

    /**
     * One event to save in one's own calendar ("Add to my calendar"): METHOD:PUBLISH without attendees, so no
     * client treats it as a meeting request to answer. A cancelled event says STATUS:CANCELLED.
     */
    public String download(CalendarEvent event) {
        Objects.requireNonNull(event.organizer(), "a download needs an organizer");
        return render(single(ImmutableMethod.PUBLISH, event, event.organizer(), List.of(), event.status(), true,
                dtStamp(event.lastModified())));
    }

    /**
     * A subscription feed (METHOD:PUBLISH); cancelled events stay in it with STATUS:CANCELLED. Following RFC 5546
     * §3.2.1, published events name their ORGANIZER (the event's, else the feed's publisher) but no ATTENDEEs:
     * that also keeps colleagues' addresses out of a URL that is easily shared. Invites carry the attendees.
     */
    public String feed(FeedHeader header, List<CalendarEvent> events, List<AllDayEvent> dueDates) {
        return render(feedCalendar(header, events, dueDates));
    }

    /** {@link #feed(FeedHeader, List, List)} streamed to a writer, which is flushed but not closed. */
    public void writeFeed(FeedHeader header, List<CalendarEvent> events, List<AllDayEvent> dueDates, Writer out) {
        try {
            write(feedCalendar(header, events, dueDates), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #feed(FeedHeader, List, List)} streamed as UTF-8; the stream is flushed but not closed. */
    public void writeFeed(FeedHeader header, List<CalendarEvent> events, List<AllDayEvent> dueDates,
                          OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        write(feedCalendar(header, events, dueDates), writer);
    }

    /**
     * iCal4j's CalendarOutputter folds by UTF-16 chars and closes the stream, so we write the calendar's unfolded
     * text (what the outputter writes too) through our own folding writer.
     */
    private static void write(Calendar calendar, Writer out) throws IOException {
        Writer folding = new OctetFoldingWriter(out);
        folding.write(calendar.toString());
        folding.flush();
    }

    private static String render(Calendar calendar) {
        StringWriter out = new StringWriter(4096);
        try {
            write(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Calendar single(Method method, CalendarEvent event, Person organizer, List<Attendee> attendees,
                            EventStatus status, boolean alarm, Instant stamp) {
        JdkTimeZones zones = new JdkTimeZones();
        addZone(zones, event);
        List<CalendarComponent> components = new ArrayList<>(zones.components());
        components.add(event(event, organizer, attendees, status, alarm, stamp));
        return new Calendar(new PropertyList(header(method)), new ComponentList<>(components));
    }

    private Calendar feedCalendar(FeedHeader header, List<CalendarEvent> events, List<AllDayEvent> dueDates) {
        int year = clock.instant().atZone(header.zone()).getYear();
        JdkTimeZones zones = new JdkTimeZones();
        zones.add(header.zone(), year, year);
        events.forEach(event -> addZone(zones, event));
        List<Property> properties = header(ImmutableMethod.PUBLISH);
        properties.add(new XProperty("X-WR-CALNAME", clean(header.name())));
        properties.add(new XProperty("X-WR-TIMEZONE", header.zone().getId()));
        if (!Texts.isBlank(header.description())) {
            properties.add(new XProperty("X-WR-CALDESC", clean(header.description())));
        }
        properties.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), Duration.parse(REFRESH)));
        properties.add(new XProperty("X-PUBLISHED-TTL", REFRESH));
        List<CalendarComponent> components = new ArrayList<>(zones.components());
        for (CalendarEvent event : events) {
            Person organizer = event.organizer() == null ? header.publisher() : event.organizer();
            components.add(event(event, organizer, List.of(), event.status(), true, dtStamp(event.lastModified())));
        }
        for (AllDayEvent due : dueDates) {
            components.add(allDay(due, header.publisher(), dtStamp(due.lastModified())));
        }
        return new Calendar(new PropertyList(properties), new ComponentList<>(components));
    }

    /** The entry's last change; the clock only for an entry that does not know it (not stable across requests). */
    private Instant dtStamp(Instant lastModified) {
        return lastModified == null ? clock.instant() : lastModified;
    }

    private static void addZone(JdkTimeZones zones, CalendarEvent event) {
        Recurrence rule = event.recurrence();
        if (rule == null) {
            zones.add(event.start(), event.end());
        } else {
            int last = rule.until() != null ? rule.until().getYear() + 1 : event.start().getYear() + OPEN_ENDED_YEARS;
            zones.add(event.start().getZone(), event.start().getYear(), last);
        }
    }

    private static List<Property> header(Method method) {
        List<Property> properties = new ArrayList<>();
        properties.add(new ProdId(PRODID));
        properties.add(ImmutableVersion.VERSION_2_0);
        properties.add(ImmutableCalScale.GREGORIAN);
        properties.add(method);
        return properties;
    }

    private static VEvent event(CalendarEvent event, Person organizer, List<Attendee> attendees, EventStatus status,
                                boolean alarm, Instant stamp) {
        List<Property> p = new ArrayList<>();
        p.add(new Uid(event.uid()));
        p.add(new DtStamp(seconds(stamp)));
        p.add(new Sequence(event.sequence()));
        p.add(new DtStart<>(zonedParameters(event.start()), zoned(event.start())));
        p.add(new DtEnd<>(zonedParameters(event.end()), zoned(event.end())));
        if (event.recurrence() != null) {
            recurrence(p, event.start(), event.recurrence());
        }
        p.add(new Summary(clean(event.summary())));
        if (!Texts.isBlank(event.description())) {
            p.add(new Description(clean(event.description())));
        }
        if (!Texts.isBlank(event.location())) {
            p.add(new Location(clean(event.location())));
        }
        url(p, event.url());
        p.add(organizer(organizer));
        for (Attendee attendee : attendees) {
            p.add(attendee(attendee));
        }
        if (!event.categories().isEmpty()) {
            p.add(new Categories(new TextList(event.categories().stream().map(IcalProperties::clean).toList())));
        }
        p.add(status(status));
        if (event.lastModified() != null) {
            p.add(new LastModified(seconds(event.lastModified())));
        }
        List<VAlarm> alarms = new ArrayList<>();
        if (alarm && event.alarmMinutesBefore() != null && status != EventStatus.CANCELLED) {
            alarms.add(alarm(event));
        }
        return new VEvent(new PropertyList(p), new ComponentList<>(alarms));
    }

    private static VEvent allDay(AllDayEvent due, Person organizer, Instant stamp) {
        List<Property> p = new ArrayList<>();
        p.add(new Uid(due.uid()));
        p.add(new DtStamp(seconds(stamp)));
        p.add(new Sequence(due.sequence()));
        p.add(new DtStart<>(due.date()));
        p.add(new DtEnd<>(due.date().plusDays(1)));
        p.add(new Summary(clean(due.summary())));
        if (!Texts.isBlank(due.description())) {
            p.add(new Description(clean(due.description())));
        }
        url(p, due.url());
        p.add(organizer(organizer));
        p.add(ImmutableTransp.TRANSPARENT);
        if (due.lastModified() != null) {
            p.add(new LastModified(seconds(due.lastModified())));
        }
        return new VEvent(new PropertyList(p));
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
