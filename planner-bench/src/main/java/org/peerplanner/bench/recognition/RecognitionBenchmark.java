package org.peerplanner.bench.recognition;

import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.peerplanner.bench.support.Services;
import org.peerplanner.bench.support.Stats;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.recognition.MyContributions;
import org.peerplanner.domain.recognition.TeamContributions;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A member's own contributions page and the manager's period view, for a team with three years of history in an
 * organisation of 1,000 teams (every other team with a year of its own), and the same for a team with one year, to see
 * that the number of SQL statements does not grow with history. The ledger is written straight into a fresh database
 * (by plain JDBC, as the listeners would have written it); the services are called as the screens call them.
 * <p>
 * {@code run.sh -J-Xmx1g org.peerplanner.bench.recognition.RecognitionBenchmark [teams] [warmups] [runs]}
 */
public final class RecognitionBenchmark {

    private static final Pattern MYSQL_URL =
            Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/?]+)/([A-Za-z0-9_]+)?(?:\\?(.*))?$");
    private static final String APP_PARAMS = "characterEncoding=UTF-8&connectionTimeZone=UTC"
            + "&forceConnectionTimeZoneToSession=true";
    static final int MEMBERS = 8;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int teams = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        String url = env("PLANNER_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/planner_bench");
        Matcher m = MYSQL_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("PLANNER_TEST_DB_URL must look like jdbc:mysql://HOST:PORT/PREFIX");
        }
        String server = m.group(1);
        String name = "planner_bench_recognition_" + LocalDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        String user = env("PLANNER_TEST_DB_USER", "root");
        String password = env("PLANNER_TEST_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(server + "/", user, password)) {
            c.createStatement().execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String appUrl = server + "/" + name + "?" + APP_PARAMS;
        ConfigurableApplicationContext context = null;
        int exit = 0;
        try {
            context = Services.start(new Class<?>[0], "--spring.datasource.url=" + appUrl,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                    "--planner.demo.enabled=false", "--spring.jpa.properties.hibernate.generate_statistics=true",
                    // the web's readiness group names the mail outbox's health, a web bean Services does not start
                    "--management.endpoint.health.validate-group-membership=false",
                    "--logging.level.root=WARN",
                    "--logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=OFF");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long seedStart = System.nanoTime();
            long[] firstPeople;
            try (Connection c = DriverManager.getConnection(appUrl + "&rewriteBatchedStatements=true", user, password)) {
                firstPeople = seed(c, teams, today);
            }
            System.out.printf(Locale.ROOT, "seeded %d teams in %d s%n", teams, (System.nanoTime() - seedStart) / 1_000_000_000);
            var statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            var mine = context.getBean(MyContributions.class);
            var team = context.getBean(TeamContributions.class);
            System.out.println("| case | rows shown | wall p50 | wall p95 | wall p99 | CPU p50 | CPU p95 | SQL statements"
                    + " | load (1 min) |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            // team 1: three years; team 2: one year. People: first manager, then members.
            Map<String, Supplier<Integer>> cases = new LinkedHashMap<>();
            for (int t = 1; t <= 2; t++) {
                long teamId = t;
                Actor manager = new Actor(firstPeople[t - 1], false);
                Actor member = new Actor(firstPeople[t - 1] + 1, false);
                String history = t == 1 ? "3 years" : "1 year";
                cases.put("member page, " + history, () -> mine.page(member, teamId).entries().size());
                cases.put("manager period (3 months), " + history,
                        () -> team.period(manager, teamId, today.minusMonths(3), today).members().size());
                cases.put("manager period (whole history), " + history,
                        () -> team.period(manager, teamId, today.minusYears(4), today).members().size());
            }
            // Every case is warmed before any is measured, so the first measured is not also the least compiled.
            for (int i = 0; i < warmups; i++) {
                cases.values().forEach(Supplier::get);
            }
            cases.forEach((what, call) -> measure(what, runs, statistics, call));
        } catch (Throwable e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            if (context != null) {
                context.close();
            }
            try (Connection c = DriverManager.getConnection(server + "/", user, password)) {
                c.createStatement().execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        }
        System.exit(exit);
    }

    private static void measure(String what, int runs, Statistics statistics, Supplier<Integer> call) {
        int size = call.get();
        List<Long> micros = new ArrayList<>();
        List<Long> cpuMicros = new ArrayList<>();
        long statements = -1;
        long minStatements = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            statistics.clear();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            call.get();
            micros.add((System.nanoTime() - start) / 1_000);
            cpuMicros.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000);
            statements = Math.max(statements, statistics.getPrepareStatementCount());
            minStatements = Math.min(minStatements, statistics.getPrepareStatementCount());
        }
        Stats s = Stats.of(micros);
        Stats cpu = Stats.of(cpuMicros);
        String counted = minStatements == statements ? Long.toString(statements) : minStatements + "-" + statements;
        System.out.printf(Locale.ROOT, "| %s | %d rows | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %s | %s |%n",
                what, size, s.median() / 1000.0, s.p95() / 1000.0, s.p99() / 1000.0, cpu.median() / 1000.0,
                cpu.p95() / 1000.0, counted, load());
    }

    /**
     * Teams of {@value #MEMBERS} people; team 1 gets three years of weekly history, every other team one year. A
     * week: one session led (helping the five next members), co-led every fourth week, two action items done, an
     * article every second week. Returns each team's first person id (its manager).
     */
    static long[] seed(Connection c, int teams, LocalDate today) throws Exception {
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        long[] first = new long[teams];
        try (PreparedStatement team = c.prepareStatement("INSERT INTO team (id, version, name, time_zone, slot_day,"
                + " slot_start, slot_minutes, cadence, created_at) VALUES (?, 0, ?, 'Europe/Berlin', 'TUESDAY', '12:00',"
                + " 45, 'WEEKLY', ?)");
             PreparedStatement person = c.prepareStatement("INSERT INTO person (id, version, full_name, email,"
                     + " time_zone, administrator, mentoring_available, mentoring_capacity, created_at)"
                     + " VALUES (?, 0, ?, ?, 'Europe/Berlin', false, false, 0, ?)");
             PreparedStatement membership = c.prepareStatement("INSERT INTO membership (version, team_id, person_id,"
                     + " role, joined_on, in_rotation) VALUES (0, ?, ?, ?, ?, true)")) {
            for (int t = 1; t <= teams; t++) {
                team.setLong(1, t);
                team.setString(2, "Team " + t);
                team.setTimestamp(3, now);
                team.addBatch();
                for (int p = 0; p < MEMBERS; p++) {
                    long id = (long) (t - 1) * MEMBERS + p + 1;
                    person.setLong(1, id);
                    person.setString(2, String.format(Locale.ROOT, "Person %04d-%d", t, p));
                    person.setString(3, "p" + id + "@example.com");
                    person.setTimestamp(4, now);
                    person.addBatch();
                    membership.setLong(1, t);
                    membership.setLong(2, id);
                    membership.setString(3, p == 0 ? "MANAGER" : "MEMBER");
                    membership.setObject(4, today.minusYears(4));
                    membership.addBatch();
                }
                first[t - 1] = (long) (t - 1) * MEMBERS + 1;
            }
            team.executeBatch();
            person.executeBatch();
            membership.executeBatch();
        }
        c.commit();
        long id = 0;
        try (PreparedStatement entry = c.prepareStatement("INSERT INTO contribution (id, person_id, team_id, kind,"
                + " happened_on, source_type, source_id, occurrence, source_title, topic, session_format, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)");
             PreparedStatement helped = c.prepareStatement("INSERT INTO contribution_helped (contribution_id, person_id)"
                     + " VALUES (?, ?)")) {
            long source = 0;
            for (int t = 1; t <= teams; t++) {
                int weeks = t == 1 ? 156 : 52;
                long base = first[t - 1];
                for (int w = 0; w < weeks; w++) {
                    LocalDate day = today.minusWeeks(weeks - w);
                    long lead = base + w % MEMBERS;
                    add(entry, ++id, lead, t, "SESSION_LED", day, "SESSION", ++source, "Session " + w, "topic " + w % 20,
                            w % 4 == 3 ? "DEEP_DIVE" : "LUNCH_AND_LEARN", now);
                    for (int h = 1; h <= 5; h++) {
                        helped.setLong(1, id);
                        helped.setLong(2, base + (w + h) % MEMBERS);
                        helped.addBatch();
                    }
                    if (w % 4 == 0) {
                        add(entry, ++id, base + (w + 1) % MEMBERS, t, "SESSION_CO_LED", day, "SESSION", source,
                                "Session " + w, "topic " + w % 20, "LUNCH_AND_LEARN", now);
                    }
                    for (int i = 0; i < 2; i++) {
                        add(entry, ++id, base + (w + 3 + i) % MEMBERS, t, "ACTION_ITEM_DONE", day, "ACTION_ITEM",
                                ++source, "Follow-up " + w + "." + i, null, null, now);
                    }
                    if (w % 2 == 0) {
                        add(entry, ++id, base + (w + 5) % MEMBERS, t, "ARTICLE_WRITTEN", day, "ARTICLE", ++source,
                                "Article " + w, null, null, now);
                    }
                }
                if (t % 50 == 0) {
                    entry.executeBatch();
                    helped.executeBatch();
                    c.commit();
                }
            }
            entry.executeBatch();
            helped.executeBatch();
        }
        c.commit();
        try (Statement analyze = c.createStatement()) {
            analyze.execute("ANALYZE TABLE contribution, contribution_helped, membership, person");
        }
        return first;
    }

    private static void add(PreparedStatement entry, long id, long person, long team, String kind, LocalDate day,
                            String sourceType, long sourceId, String title, String topic, String format, Timestamp now)
            throws Exception {
        entry.setLong(1, id);
        entry.setLong(2, person);
        entry.setLong(3, team);
        entry.setString(4, kind);
        entry.setObject(5, day);
        entry.setString(6, sourceType);
        entry.setLong(7, sourceId);
        entry.setString(8, title);
        entry.setString(9, topic);
        entry.setString(10, format);
        entry.setTimestamp(11, now);
        entry.addBatch();
    }

    /** The one-minute load average, as {@code uptime} shows it. */
    private static String load() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
