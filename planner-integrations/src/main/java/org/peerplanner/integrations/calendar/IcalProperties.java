package org.peerplanner.integrations.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The typed iCal4j properties our events are made of (alarm, recurrence, times in their zone, people, status, text),
 * kept apart from {@link CalendarWriter}, which decides which of them a calendar object gets.
 */
final class IcalProperties {

    private IcalProperties() {
    }

    static VAlarm alarm(CalendarEvent event) {
        int minutes = event.alarmMinutesBefore();
        var trigger = new Trigger(new ParameterList(List.of(Related.START)), Duration.ofMinutes(-minutes));
        String text = event.summary().isBlank() ? "Reminder" : clean(event.summary());
        return new VAlarm(new PropertyList(List.of(ImmutableAction.DISPLAY, trigger, new Description(text))));
    }

    /**
     * RRULE with UNTIL in UTC (RFC 5545 wants UTC when DTSTART has a TZID) at the last day's start time, so that day
     * is included; EXDATEs at the start's local time in its zone, so they match the occurrences they cancel.
     */
    static void recurrence(List<Property> p, ZonedDateTime start, Recurrence rule) {
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
                    .map(IcalProperties::zoned).toList();
            p.add(new ExDate<>(zonedParameters(start), new DateList<>(skipped)));
        }
    }

    /** "2TU" for the second Tuesday; a start in the month's last days is "-1TU", the last Tuesday. */
    static WeekDay monthlyWeekday(ZonedDateTime start) {
        int nth = (start.getDayOfMonth() - 1) / 7 + 1;
        WeekDay day = WeekDay.getWeekDay(start.getDayOfWeek());
        return new WeekDay(day, nth >= 5 ? -1 : nth);
    }

    /**
     * A local time with TZID, except in the second pass of a repeated hour (clocks going back), which a TZID time
     * cannot express (RFC 5545 §3.3.5 reads it as the first pass), and for a fixed offset: those are in UTC.
     */
    static boolean inUtc(ZonedDateTime time) {
        return time.getZone() instanceof ZoneOffset || !time.equals(time.withEarlierOffsetAtOverlap());
    }

    static Temporal zoned(ZonedDateTime time) {
        return inUtc(time) ? seconds(time.toInstant()) : time.toLocalDateTime().withNano(0);
    }

    static ParameterList zonedParameters(ZonedDateTime time) {
        return inUtc(time) ? new ParameterList() : new ParameterList(List.of(new TzId(time.getZone().getId())));
    }

    static Instant seconds(Instant instant) {
        return Instant.ofEpochSecond(instant.getEpochSecond());
    }

    static Organizer organizer(Person organizer) {
        return new Organizer(commonName(organizer.name()), mailto(organizer.email()));
    }

    static net.fortuna.ical4j.model.property.Attendee attendee(Attendee attendee) {
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

    static ParameterList commonName(String name) {
        return Texts.isBlank(name) ? new ParameterList() : new ParameterList(List.of(new Cn(paramText(name))));
    }

    static URI mailto(String email) {
        return URI.create("mailto:" + email.strip());
    }

    static void url(List<Property> p, String url) {
        if (Texts.isBlank(url)) {
            return;
        }
        try {
            p.add(new Url(new URI(url.strip())));
        } catch (URISyntaxException notALink) {
            // a link a calendar could not open is left out rather than sent broken
        }
    }

    static Property status(EventStatus status) {
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
    static String paramText(String value) {
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
}
