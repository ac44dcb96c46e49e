package org.peerplanner.bench.calendar;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.peerplanner.bench.support.Stats;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.integrations.calendar.Attendee;
import org.peerplanner.integrations.calendar.CalendarEvent;
import org.peerplanner.integrations.calendar.CalendarWriter;
import org.peerplanner.integrations.calendar.EventStatus;
import org.peerplanner.integrations.calendar.FeedHeader;
import org.peerplanner.integrations.calendar.Person;

/**
 * Renders a team feed of 1,000 sessions (America/Los_Angeles, spread over ~5.5 years so the VTIMEZONE has ~12
 * changes; every 20th cancelled; 8 attendees each, which a feed leaves out) again and again: warm-up rounds, then
 * measured rounds. Prints median, p95 and max wall time per render, median thread CPU time, and the feed size.
 * Not a test: run it by hand (see docs/benchmarks.md, "Calendar feeds").
 * <p>
 * Arguments: sessions (default 1000), warm-up rounds (default 200), measured rounds (default 500).
 */
public final class CalendarFeedBenchmark {

    private CalendarFeedBenchmark() {
    }

    public static void main(String[] args) {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 500;

        ZoneId zone = ZoneId.of("America/Los_Angeles");
        CalendarWriter writer = new CalendarWriter(Clock.fixed(Instant.parse("2026-10-01T08:30:00Z"), ZoneOffset.UTC));
        FeedHeader header = new FeedHeader("Peer learning – Mobile Apps", zone,
                new Person("Peer Planner", "no-reply@peerplanner.org"), "Sessions of the Mobile Apps team");
        List<CalendarEvent> events = sessions(sessions, zone);

        String sample = writer.feed(header, events, List.of());
        System.out.printf("feed: %d sessions, %,d chars, %,d bytes UTF-8, %,d lines%n", sessions, sample.length(),
                sample.getBytes(StandardCharsets.UTF_8).length, sample.split("\r\n").length);

        measure("feed(...) -> String", warmUps, rounds, () -> writer.feed(header, events, List.of()).length());
        measure("writeFeed(..., OutputStream)", warmUps, rounds, () -> {
            try {
                writer.writeFeed(header, events, List.of(), OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return 0;
        });
    }

    private interface Render {
        int run();
    }

    private static void measure(String what, int warmUps, int rounds, Render render) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < warmUps; i++) {
            sink += render.run();
        }
        long[] wall = new long[rounds];
        long[] cpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink += render.run();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpu0;
        }
        Stats wallTimes = Stats.of(wall);
        System.out.printf("%-30s wall median %.2f ms, p95 %.2f ms, min %.2f ms, max %.2f ms; thread CPU median %.2f ms"
                        + " (%d warm-ups, %d rounds)%s%n",
                what, ms(wallTimes.median()), ms(wallTimes.p95()), ms(wallTimes.min()), ms(wallTimes.max()),
                ms(Stats.of(cpu).median()), warmUps, rounds, sink == 42 ? "" : "");
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static List<CalendarEvent> sessions(int count, ZoneId zone) {
        SessionFormat[] formats = SessionFormat.values();
        List<Attendee> attendees = new ArrayList<>();
        String[] names = {"Łukasz Żółć", "Siobhán O'Brien", "山田 太郎", "Zoë Ångström", "Ana Souza", "Mika Häkkinen",
                "Priya Raman", "Jonas Berg"};
        for (int i = 0; i < names.length; i++) {
            attendees.add(new Attendee(names[i], "member" + i + "@example.org",
                    i == 0 ? Attendee.Role.CHAIR : Attendee.Role.REQ_PARTICIPANT, Attendee.PartStat.ACCEPTED, i > 0));
        }
        List<CalendarEvent> events = new ArrayList<>(count);
        LocalDateTime first = LocalDateTime.of(2023, 1, 3, 12, 0);
        for (int i = 0; i < count; i++) {
            SessionFormat format = formats[i % formats.length];
            events.add(new CalendarEvent("session-" + i + "@peerplanner.org", i % 7 == 0 ? 2 : 0,
                    first.plusDays(2L * i).atZone(zone), Duration.ofMinutes(format.defaultMinutes()),
                    format.label() + ": Kafka consumer groups, part " + i,
                    "Why rebalances hurt; how to tune them.\nFacilitator: Łukasz Żółć. Bring a laptop, questions,"
                            + " and a real incident from your team's backlog (the messier the better).",
                    "Room 4.12, Building B; or Zoom", "https://planner.example.org/sessions/" + i,
                    new Person("Zoë Ångström 🚀", "zoe@example.org"), attendees,
                    List.of(format.label(), "Kafka"), i % 20 == 19 ? EventStatus.CANCELLED : EventStatus.CONFIRMED,
                    CalendarEvent.DEFAULT_ALARM_MINUTES, Instant.parse("2026-09-30T17:45:12Z")));
        }
        return events;
    }
}
