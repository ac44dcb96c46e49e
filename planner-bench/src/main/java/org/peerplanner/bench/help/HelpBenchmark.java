package org.peerplanner.bench.help;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.peerplanner.bench.support.Services;
import org.peerplanner.bench.support.Stats;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.help.BoardFilter;
import org.peerplanner.domain.help.HelpAsk;
import org.peerplanner.domain.help.HelpKind;
import org.peerplanner.domain.help.HelpRequests;
import org.peerplanner.domain.help.HelpUrgency;
import org.peerplanner.domain.help.HelperRouting;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSettings;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Help requests (issue #15). Not a test; see docs/benchmarks.md ("Help requests").
 * <ul>
 *   <li>{@code routing}: the pure {@link HelperRouting} choosing three of 10,000 people with 50 skills each (every one
 *       a candidate: the worst case; in the app the database hands over only people with the request's skills).</li>
 *   <li>{@code db PEOPLE REQUESTS}: against a fresh MySQL/MariaDB database (PLANNER_TEST_DB_URL, as the gap pipeline
 *       benchmark): PEOPLE people with 50 skills each in 20 teams, REQUESTS help requests in history (5% open);
 *       times {@code HelpRequests.ask} (writing the request, routing it, writing three routing rows and
 *       notifications) and {@code HelpRequests.board} for a member of 3 teams, and counts their SQL statements.</li>
 * </ul>
 */
public final class HelpBenchmark {

    static final int SKILLS_EACH = 50;
    static final int VOCABULARY = 2_000;

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "routing";
        if (what.equals("routing")) {
            routing(10_000, 2_000);
        } else {
            int people = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
            int requests = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
            database(people, requests);
        }
        System.exit(0);
    }

    static String skill(int i) {
        return "skill" + i;
    }

    // ------------------------------------------------------------------ pure routing

    static void routing(int people, int runs) {
        var random = new Random(15);
        var candidates = new ArrayList<HelperRouting.Candidate>(people);
        for (int p = 0; p < people; p++) {
            Map<String, Integer> skills = new HashMap<>();
            while (skills.size() < SKILLS_EACH) {
                skills.put(skill(random.nextInt(200)), 1 + random.nextInt(5));
            }
            candidates.add(new HelperRouting.Candidate(p + 10, "P" + p, skills,
                    random.nextInt(20) == 0 ? Set.of(skill(random.nextInt(200))) : Set.of(), random.nextInt(15) == 0,
                    random.nextInt(6)));
        }
        var times = new ArrayList<Long>();
        var cpuTimes = new ArrayList<Long>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 0; run < runs; run++) {
            var tags = List.of(skill(random.nextInt(200)), skill(random.nextInt(200)), skill(random.nextInt(200)));
            Set<Long> asked = new HashSet<>();
            for (int i = 0; i < run % 4 * 3; i++) {
                asked.add((long) random.nextInt(people) + 10);
            }
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            var chosen = HelperRouting.next(candidates, tags, 1, asked, 3);
            long took = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            if (chosen.size() != 3) {
                throw new IllegalStateException("expected three people, got " + chosen.size());
            }
            if (run >= runs / 4) {
                times.add(took);
                cpuTimes.add(cpu);
            }
        }
        print("CPU time: route one request among " + String.format(Locale.ROOT, "%,d", people) + " people",
                Stats.of(cpuTimes), 20);
        print("route one request among " + String.format(Locale.ROOT, "%,d", people) + " people, 50 skills each",
                Stats.of(times), 20);
    }

    static void print(String what, Stats stats, long targetMs) {
        System.out.printf(Locale.ROOT, "%-70s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (n=%d, target p95 <= %d ms)%n",
                what, stats.median() / 1e6, stats.p95() / 1e6, stats.p99() / 1e6, stats.max() / 1e6, stats.count(),
                targetMs);
    }

    // ------------------------------------------------------------------ with the database

    static void database(int people, int history) throws Exception {
        String url = System.getenv().getOrDefault("PLANNER_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/planner_bench");
        String server = url.replaceAll("^(jdbc:(?:mysql|mariadb)://[^/?]+).*$", "$1");
        String user = System.getenv().getOrDefault("PLANNER_TEST_DB_USER", "root");
        String password = System.getenv().getOrDefault("PLANNER_TEST_DB_PASSWORD", "");
        String name = "planner_help_bench_" + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        String params = "characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
        try (Connection c = DriverManager.getConnection(server + "/", user, password)) {
            c.createStatement().execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String appUrl = server + "/" + name + "?" + params;
        ConfigurableApplicationContext context = null;
        try {
            context = Services.start(new Class<?>[0], "--spring.datasource.url=" + appUrl,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                    "--planner.demo.enabled=false", "--spring.jpa.properties.hibernate.generate_statistics=true",
                    "--management.endpoint.health.validate-group-membership=false",
                    "--logging.level.root=WARN",
                    "--logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=OFF");
            var teams = context.getBean(TeamService.class);
            var admin = new Actor(-1, true);
            List<Long> teamIds = new ArrayList<>();
            for (int t = 0; t < 20; t++) {
                teamIds.add(teams.createTeam(admin, new TeamSettings("Team " + t, ZoneId.of("Europe/Berlin"),
                        java.time.DayOfWeek.TUESDAY, java.time.LocalTime.NOON, 60,
                        org.peerplanner.domain.team.Cadence.WEEKLY, null, null, null)).id());
            }
            long loadStart = System.nanoTime();
            long firstPerson;
            try (Connection c = DriverManager.getConnection(appUrl + "&rewriteBatchedStatements=true", user, password)) {
                firstPerson = load(c, people, history, teamIds);
            }
            System.out.printf(Locale.ROOT, "loaded %,d people (%,d skills) and %,d help requests in %d s%n", people,
                    people * SKILLS_EACH, history, (System.nanoTime() - loadStart) / 1_000_000_000);
            var statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            var requests = context.getBean(HelpRequests.class);
            header();
            // Person firstPerson is in teams 0, 1 and 2 (see load).
            var member = new Actor(firstPerson, false);
            measure("board for a member of 3 teams, " + String.format(Locale.ROOT, "%,d", history) + " requests in history",
                    statistics, 50, 200, () -> requests.board(member, BoardFilter.none()));
            var random = new Random(7);
            int[] asker = {0};
            List<long[]> asked = new ArrayList<>(); // {asker, request}
            measure("ask + route one request (whole ask), " + String.format(Locale.ROOT, "%,d", people) + " people", statistics, 20,
                    150, () -> {
                        long who = firstPerson + 3 + asker[0]++;
                        long team = teamIds.get((int) ((who - firstPerson) % teamIds.size()));
                        // Mixed case, as people type them: the look-up ignores case.
                        long id = requests.ask(new Actor(who, false), team, HelpAsk.of(HelpKind.SPECIFIC_HELP, "Stuck",
                                "", List.of("Skill" + random.nextInt(VOCABULARY), skill(random.nextInt(VOCABULARY))),
                                HelpUrgency.TODAY).acrossOrganisation());
                        asked.add(new long[] {who, id});
                        return id;
                    });
            // The routing step alone (candidates from the database + HelperRouting.next), as the next round of each
            // request just asked would run it: nothing written.
            int[] next = {0};
            measure("routing step alone (candidates + choice), " + String.format(Locale.ROOT, "%,d", people)
                    + " people", statistics, 20, 300, () -> {
                        long[] one = asked.get(next[0]++ % asked.size());
                        var chosen = requests.nextHelpers(new Actor(one[0], false), one[1]);
                        if (chosen.size() != 3) {
                            throw new IllegalStateException("expected three people, got " + chosen.size());
                        }
                        return chosen;
                    });
            if (System.getenv("HELP_BENCH_KEEP_DB") != null) {
                System.out.println("kept database " + name + " (HELP_BENCH_KEEP_DB)");
                name = null;
            }
        } finally {
            if (context != null) {
                context.close();
            }
            if (name != null) {
                try (Connection c = DriverManager.getConnection(server + "/", user, password)) {
                    c.createStatement().execute("DROP DATABASE IF EXISTS `" + name + "`");
                }
            }
        }
    }

    static void measure(String what, Statistics statistics, long targetMs, int runs, Supplier<Object> call) {
        var times = new ArrayList<Long>();
        var cpuTimes = new ArrayList<Long>();
        var statements = new ArrayList<Long>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        for (int run = 0; run < runs; run++) {
            statistics.clear();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            call.get();
            long took = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            if (run >= runs / 5) {
                times.add(took);
                cpuTimes.add(cpu);
                statements.add(statistics.getPrepareStatementCount());
            }
        }
        var wall = Stats.of(times);
        var cpu = Stats.of(cpuTimes);
        var counts = Stats.of(statements);
        System.out.printf(Locale.ROOT, "| %-62s | %8.2f | %8.2f | %8.2f | %8.2f | %5.1f-%-5.1f | %d-%d | %d | p95 <= %d ms |%n",
                what, wall.median() / 1e6, wall.p95() / 1e6, cpu.median() / 1e6, cpu.p95() / 1e6, loadBefore,
                os.getSystemLoadAverage(), counts.min(), counts.max(), wall.count(), targetMs);
    }

    static void header() {
        System.out.printf(Locale.ROOT, "| %-62s | %8s | %8s | %8s | %8s | %-11s | %s | %s | %s |%n", "what (ms)",
                "wall p50", "wall p95", "CPU p50", "CPU p95", "load 1-min", "SQL", "n", "target");
    }

    /** People with 50 skills each, each in one team (the first person in three), and a history of requests. */
    static long load(Connection c, int people, int history, List<Long> teams) throws Exception {
        c.setAutoCommit(false);
        var random = new Random(42);
        var now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (PreparedStatement p = c.prepareStatement("insert into person (version, full_name, email, time_zone, "
                + "administrator, mentoring_available, mentoring_capacity, created_at) values (0, ?, ?, 'Europe/Berlin', "
                + "false, false, 0, ?)")) {
            for (int i = 0; i < people; i++) {
                p.setString(1, "Person " + i);
                p.setString(2, "p" + i + "@bench.example");
                p.setTimestamp(3, now);
                p.addBatch();
                if (i % 2000 == 1999) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        long first;
        try (var rs = c.createStatement().executeQuery("select min(id) from person")) {
            rs.next();
            first = rs.getLong(1);
        }
        try (PreparedStatement s = c.prepareStatement("insert into person_skill (person_id, skill, proficiency) values (?, ?, ?)");
             PreparedStatement m = c.prepareStatement("insert into membership (version, team_id, person_id, role, "
                     + "joined_on, in_rotation) values (0, ?, ?, 'MEMBER', ?, true)")) {
            for (int i = 0; i < people; i++) {
                Set<Integer> mine = new HashSet<>();
                while (mine.size() < SKILLS_EACH) {
                    mine.add(random.nextInt(VOCABULARY));
                }
                for (int k : mine) {
                    s.setLong(1, first + i);
                    s.setString(2, skill(k));
                    s.setInt(3, 1 + random.nextInt(5));
                    s.addBatch();
                }
                for (int t = 0; t < (i == 0 ? 3 : 1); t++) {
                    m.setLong(1, teams.get(i == 0 ? t : i % teams.size()));
                    m.setLong(2, first + i);
                    m.setObject(3, LocalDate.of(2026, 1, 5));
                    m.addBatch();
                }
                if (i % 200 == 199) {
                    s.executeBatch();
                    m.executeBatch();
                    c.commit();
                }
            }
            s.executeBatch();
            m.executeBatch();
        }
        try (PreparedStatement r = c.prepareStatement("insert into help_request (version, asker_id, team_id, "
                + "whole_organisation, kind, title, details, urgency, confidential, roundtable_consent, status, created_at) "
                + "values (0, ?, ?, ?, 'INFORMATION', ?, '', 'WHENEVER', false, false, ?, ?)")) {
            for (int i = 0; i < history; i++) {
                long asker = first + 203 + random.nextInt(people - 203); // the measured askers (3..202) start with none open
                r.setLong(1, asker);
                r.setLong(2, teams.get((int) ((asker - first) % teams.size())));
                r.setBoolean(3, random.nextInt(10) == 0);
                r.setString(4, "Question " + i);
                r.setString(5, random.nextInt(20) == 0 ? "OPEN" : "SOLVED");
                r.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(history - i)));
                r.addBatch();
                if (i % 2000 == 1999) {
                    r.executeBatch();
                }
            }
            r.executeBatch();
        }
        c.commit();
        return first;
    }
}
