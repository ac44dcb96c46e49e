package org.peerplanner.integrations.calendar;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.springframework.stereotype.Component;

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
            p.add(new Categories(new TextList(event.categories().stream().map(CalendarWriter::clean).toList())));
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

    private static VAlarm alarm(CalendarEvent event) {
        int minutes = event.alarmMinutesBefore();
        var trigger = new Trigger(new ParameterList(List.of(Related.START)), Duration.ofMinutes(-minutes));
        String text = event.summary().isBlank() ? "Reminder" : clean(event.summary());
        return new VAlarm(new PropertyList(List.of(ImmutableAction.DISPLAY, trigger, new Description(text))));
    }

    /**
     * RRULE with UNTIL in UTC (RFC 5545 wants UTC when DTSTART has a TZID) at the last day's start time, so that day
     * is included; EXDATEs at the start's local time in its zone, so they match the occurrences they cancel.
     */
    private static void recurrence(List<Property> p, ZonedDateTime start, Recurrence rule) {
        var recur = new Recur.Builder<Temporal>().interval(rule.interval() == 1 ? null : rule.interval());
        switch (rule.every()) {
            case WEEK -> recur.frequency(Frequency.WEEKLY);
            case MONTH_ON_DATE -> recur.frequency(Frequency.MONTHLY).monthDayList(start.getDayOfMonth());
            case MONTH_ON_WEEKDAY -> recur.frequency(Frequency.MONTHLY).dayList(monthlyWeekday(start));
        }
        if (rule.until() != null) {
            recur.until(seconds(rule.until().atTime(start.toLocalTime()).atZone(start.getZone()).toInstant()));
        }
        p.add(new RRule<>(recur.build()));
        if (!rule.exceptions().isEmpty()) {
            var skipped = rule.exceptions().stream().map(day -> day.atTime(start.toLocalTime()).atZone(start.getZone()))
                    .map(CalendarWriter::zoned).toList();
            p.add(new ExDate<>(zonedParameters(start), new DateList<>(skipped)));
        }
    }

    /** "2TU" for the second Tuesday; a start in the month's last days is "-1TU", the last Tuesday. */
    private static WeekDay monthlyWeekday(ZonedDateTime start) {
        int nth = (start.getDayOfMonth() - 1) / 7 + 1;
        WeekDay day = WeekDay.getWeekDay(start.getDayOfWeek());
        return new WeekDay(day, nth >= 5 ? -1 : nth);
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

    /**
     * A local time with TZID, except in the second pass of a repeated hour (clocks going back), which a TZID time
     * cannot express (RFC 5545 §3.3.5 reads it as the first pass), and for a fixed offset: those are in UTC.
     */
    private static boolean inUtc(ZonedDateTime time) {
        return time.getZone() instanceof ZoneOffset || !time.equals(time.withEarlierOffsetAtOverlap());
    }

    private static Temporal zoned(ZonedDateTime time) {
        return inUtc(time) ? seconds(time.toInstant()) : time.toLocalDateTime().withNano(0);
    }

    private static ParameterList zonedParameters(ZonedDateTime time) {
        return inUtc(time) ? new ParameterList() : new ParameterList(List.of(new TzId(time.getZone().getId())));
    }

    private static Instant seconds(Instant instant) {
        return Instant.ofEpochSecond(instant.getEpochSecond());
    }

    private static Organizer organizer(Person organizer) {
        return new Organizer(commonName(organizer.name()), mailto(organizer.email()));
    }

    private static net.fortuna.ical4j.model.property.Attendee attendee(Attendee attendee) {
        List<Parameter> params = new ArrayList<>(commonName(attendee.name()).getAll());
        params.add(switch (attendee.role()) {
            case CHAIR -> Role.CHAIR;
            case REQ_PARTICIPANT -> Role.REQ_PARTICIPANT;
            case OPT_PARTICIPANT -> Role.OPT_PARTICIPANT;
        });
        params.add(switch (attendee.partStat()) {
            case NEEDS_ACTION -> PartStat.NEEDS_ACTION;
            case ACCEPTED -> PartStat.ACCEPTED;
            case DECLINED -> PartStat.DECLINED;
            case TENTATIVE -> PartStat.TENTATIVE;
        });
        if (attendee.rsvp()) {
            params.add(Rsvp.TRUE);
        }
        return new net.fortuna.ical4j.model.property.Attendee(new ParameterList(params), mailto(attendee.email()));
    }

    private static ParameterList commonName(String name) {
        return Texts.isBlank(name) ? new ParameterList() : new ParameterList(List.of(new Cn(paramText(name))));
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.strip());
    }

    private static void url(List<Property> p, String url) {
        if (Texts.isBlank(url)) {
            return;
        }
        try {
            p.add(new Url(new URI(url.strip())));
        } catch (URISyntaxException notALink) {
            // a link a calendar could not open is left out rather than sent broken
        }
    }

    private static Property status(EventStatus status) {
        return switch (status) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    /** TEXT as iCal4j escapes it, after what no TEXT may hold: other control characters; CR and CRLF become LF. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                s.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t' || !(c < 0x20 || c == 0x7f)) {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** A parameter value cannot hold DQUOTE or line breaks at all; iCal4j quotes it where needed. */
    private static String paramText(String value) {
        StringBuilder s = new StringBuilder(value.length());
        for (char c : value.strip().toCharArray()) {
            if (c == '"') {
                s.append('\'');
            } else if (c == '\r' || c == '\n' || c == '\t') {
                s.append(' ');
            } else if (!(c < 0x20 || c == 0x7f)) {
                s.append(c);
            }
        }
        return s.toString();
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
