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
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * iCal4j VTIMEZONE components generated from the JDK's own zone rules, so they need no network and agree exactly
 * with the instants we computed with {@code java.time} (iCal4j's bundled definitions may be of another tzdata
 * release). Each zone gets the observance in force at the start of the first year used plus every offset change up
 * to the end of the last year, each as its own STANDARD or DAYLIGHT component with a fixed DTSTART (no RRULE: exact
 * for past and irregular changes, and small for the few years a calendar spans).
 */
final class JdkTimeZones {

    private static final LocalDateTime EARLIEST = LocalDateTime.of(1601, 1, 1, 0, 0);
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    /** Zone → [first year, last year] used by the events. */
    private final Map<ZoneId, int[]> years = new LinkedHashMap<>();

    void add(ZonedDateTime start, ZonedDateTime end) {
        add(start.getZone(), start.getYear(), end.getYear());
    }

    void add(ZoneId zone, int firstYear, int lastYear) {
        int[] span = years.computeIfAbsent(zone, z -> new int[] {firstYear, lastYear});
        span[0] = Math.min(span[0], firstYear);
        span[1] = Math.max(span[1], lastYear);
    }

    /** One VTIMEZONE per zone added, in the order first added; none for fixed offsets (written in UTC). */
    List<VTimeZone> components() {
        List<VTimeZone> all = new ArrayList<>();
        years.forEach((zone, span) -> {
            if (!(zone instanceof ZoneOffset)) {
                all.add(component(zone, span[0], span[1]));
            }
        });
        return all;
    }

    private static VTimeZone component(ZoneId zone, int firstYear, int lastYear) {
        ZoneRules rules = zone.getRules();
        Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<Observance> observances = new ArrayList<>();
        ZoneOffsetTransition before = rules.previousTransition(from.plusNanos(1));
        if (before == null) {
            ZoneOffset offset = rules.getOffset(from);
            observances.add(observance(rules.isDaylightSavings(from), EARLIEST, offset, offset, zoneName(zone, from)));
        }
        for (ZoneOffsetTransition t : transitions(rules, before, to)) {
            Instant at = t.getInstant();
            observances.add(observance(rules.isDaylightSavings(at), t.getDateTimeBefore(), t.getOffsetBefore(),
                    t.getOffsetAfter(), zoneName(zone, at)));
        }
        return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(observances));
    }

    private static List<ZoneOffsetTransition> transitions(ZoneRules rules, ZoneOffsetTransition first, Instant to) {
        List<ZoneOffsetTransition> all = new ArrayList<>();
        if (first != null) {
            all.add(first);
        }
        Instant cursor = first == null ? Instant.MIN : first.getInstant();
        for (var t = rules.nextTransition(cursor); t != null && t.getInstant().isBefore(to);
             t = rules.nextTransition(t.getInstant())) {
            all.add(t);
        }
        return all;
    }

    private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to,
                                         String name) {
        var properties = new PropertyList(List.of(new DtStart<>(onset), new TzOffsetFrom(from), new TzOffsetTo(to),
                new TzName(name)));
        return daylight ? new Daylight(properties) : new Standard(properties);
    }

    private static String zoneName(ZoneId zone, Instant at) {
        return ZONE_NAME.format(at.atZone(zone));
    }
}
