package org.peerplanner.integrations.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * VTIMEZONE components built from the JDK's own zone rules, so they need no network and agree exactly with the
 * instants we computed with {@code java.time}. Each zone gets the observance in force at the start of the first
 * year used plus every offset change up to the end of the last year, each as its own STANDARD or DAYLIGHT
 * component with a fixed DTSTART (no RRULE: exact for past and irregular changes, and small for the few years a
 * feed spans).
 */
final class TimeZoneBlocks {

    private static final LocalDateTime EARLIEST = LocalDateTime.of(1601, 1, 1, 0, 0);
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    /** Zone → [first year, last year] used by the events. */
    private final Map<ZoneId, int[]> years = new LinkedHashMap<>();

    void add(ZonedDateTime start, ZonedDateTime end) {
        int[] span = years.computeIfAbsent(start.getZone(), zone -> new int[] {start.getYear(), start.getYear()});
        span[0] = Math.min(span[0], start.getYear());
        span[1] = Math.max(span[1], end.getYear());
    }

    void write(ContentLines lines) {
        years.forEach((zone, span) -> write(lines, zone, span[0], span[1]));
    }

    private static void write(ContentLines lines, ZoneId zone, int firstYear, int lastYear) {
        if (zone instanceof ZoneOffset) {
            return; // written as UTC, needs no VTIMEZONE
        }
        ZoneRules rules = zone.getRules();
        Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();
        lines.begin("VTIMEZONE");
        lines.name("TZID").raw(zone.getId()).end();
        ZoneOffsetTransition before = rules.previousTransition(from.plusNanos(1));
        if (before == null) {
            ZoneOffset offset = rules.getOffset(from);
            observance(lines, rules.isDaylightSavings(from), EARLIEST, offset, offset, zoneName(zone, from));
        }
        for (ZoneOffsetTransition t : transitions(rules, before, to)) {
            Instant at = t.getInstant();
            observance(lines, rules.isDaylightSavings(at), t.getDateTimeBefore(), t.getOffsetBefore(),
                    t.getOffsetAfter(), zoneName(zone, at));
        }
        lines.finish("VTIMEZONE");
    }

    private static List<ZoneOffsetTransition> transitions(ZoneRules rules, ZoneOffsetTransition first, Instant to) {
        List<ZoneOffsetTransition> all = new ArrayList<>();
        ZoneOffsetTransition t = first;
        if (t != null) {
            all.add(t);
        }
        Instant cursor = t == null ? Instant.MIN : t.getInstant();
        for (t = rules.nextTransition(cursor); t != null && t.getInstant().isBefore(to);
             t = rules.nextTransition(t.getInstant())) {
            all.add(t);
        }
        return all;
    }

    private static void observance(ContentLines lines, boolean daylight, LocalDateTime onset, ZoneOffset from,
                                   ZoneOffset to, String name) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        lines.begin(kind);
        lines.name("DTSTART").raw(IcalFormats.localDateTime(onset)).end();
        lines.name("TZOFFSETFROM").raw(IcalFormats.offset(from)).end();
        lines.name("TZOFFSETTO").raw(IcalFormats.offset(to)).end();
        lines.name("TZNAME").text(name).end();
        lines.finish(kind);
    }

    private static String zoneName(ZoneId zone, Instant at) {
        return ZONE_NAME.format(at.atZone(zone));
    }
}
