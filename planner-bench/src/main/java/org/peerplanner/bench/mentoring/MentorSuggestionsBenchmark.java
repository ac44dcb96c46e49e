package org.peerplanner.bench.mentoring;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.peerplanner.bench.support.Services;
import org.peerplanner.bench.support.Stats;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MentorDirectory;
import org.peerplanner.domain.mentoring.MentorMatching.Suggestion;
import org.peerplanner.domain.team.Cadence;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSettings;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue #13's target: "Suggested for you" for one mentee through the real service ({@link MentorDirectory}) on
 * MySQL/MariaDB, in an organisation of 10,000 people with 1,000 available mentors, and tenfold (100,000 / 10,000).
 * Prints p50/p95/max of the whole call (queries + matching) and the SQL statements per suggestion (Hibernate's
 * statistics), which must be the same for both sizes. Each call is timed twice, alternately: "after" is the
 * service, "before" the former reading ({@link FormerSuggestions}); both must suggest the same. Not a test (the
 * build never runs it); see docs/benchmarks.md.
 *
 * <p>Arguments: warm-up calls (default 30), measured calls (default 200), sizes as people:mentors (default
 * {@code 10000:1000 100000:10000}). Data: 50 teams; mentors with 1 to 4 confident skills of 40 (levels 3 to 5),
 * one of 8 zones, capacity 1 to 3 with some taken, a twentieth paused and a twentieth gone quiet (no sign-in or
 * answer for 40 days); the mentee has 3 open gaps (raised or voted
 * for) and asks for 3 skills; fixed seed. Loaded with plain JDBC batches; the server comes from
 * {@code PLANNER_TEST_DB_URL} as in GapPipelineBenchmark, in a database of its own that is dropped at the end
 * (kept when {@code BENCH_KEEP_DB} is set, to EXPLAIN the statements on the same data).
 */
public final class MentorSuggestionsBenchmark {

    private static final Actor SYSTEM = new Actor(-1, true);
    private static final Pattern MYSQL_URL =
            Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/?]+)/([A-Za-z0-9_]+)?(?:\\?(.*))?$");
    private static final String APP_PARAMS = "characterEncoding=UTF-8&connectionTimeZone=UTC"
            + "&forceConnectionTimeZoneToSession=true";
    private static final List<String> ZONES = List.of("Europe/Berlin", "Europe/London", "America/Los_Angeles",
            "America/New_York", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo");

    public static void main(String[] args) throws Exception {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String> sizes = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("10000:1000", "100000:10000");
        int exit = 0;
        List<String> table = new ArrayList<>();
        for (String size : sizes) {
            int people = Integer.parseInt(size.split(":")[0]);
            int mentors = Integer.parseInt(size.split(":")[1]);
            String server = envOr("PLANNER_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/planner_bench");
            Matcher m = MYSQL_URL.matcher(server);
            if (!m.matches()) {
                throw new IllegalStateException("PLANNER_TEST_DB_URL must look like jdbc:mysql://HOST:PORT/PREFIX");
            }
            String name = (m.group(2) == null ? "planner_bench" : m.group(2)) + "_mentors_" + LocalDateTime.now(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
            String url = m.group(1) + "/" + name + "?" + APP_PARAMS;
            String user = envOr("PLANNER_TEST_DB_USER", "root");
            String password = envOr("PLANNER_TEST_DB_PASSWORD", "");
            try (Connection c = DriverManager.getConnection(m.group(1) + "/", user, password)) {
                c.createStatement().execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            ConfigurableApplicationContext context = null;
            try {
                context = Services.start(new Class<?>[0], "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                        "--planner.demo.enabled=false", "--spring.jpa.properties.hibernate.generate_statistics=true",
                        // the readiness group names the web app's outbox health, which Services does not start
                        "--management.endpoint.health.validate-group-membership=false",
                        "--logging.level.org.flywaydb=ERROR",
                        "--logging.level.root=WARN",
                        "--logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=OFF");
                long mentee = load(context, url + "&rewriteBatchedStatements=true", user, password, people, mentors);
                table.add(measure(context, mentee, people, mentors, warmups, runs));
            } catch (Throwable e) {
                e.printStackTrace();
                exit = 1;
            } finally {
                if (context != null) {
                    context.close();
                }
                if (System.getenv("BENCH_KEEP_DB") != null) { // to EXPLAIN the statements on the same data
                    System.out.println("kept database " + name);
                } else {
                    try (Connection c = DriverManager.getConnection(m.group(1) + "/", user, password)) {
                        c.createStatement().execute("DROP DATABASE IF EXISTS `" + name + "`");
                    }
                }
            }
        }
        System.out.println();
        System.out.println("| reading | people | available mentors | wall p50 ms | wall p95 ms | wall max ms | CPU p50 ms"
                + " | CPU p95 ms | load (1 min) | SQL statements per suggestion |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        table.forEach(System.out::println);
        System.exit(exit);
    }

    /**
     * Times the current service and the former reading ({@link FormerSuggestions}) call by call, alternating which
     * goes first, so both see the same load; they must suggest the same. One table row each.
     */
    private static String measure(ConfigurableApplicationContext context, long mentee, int people, int mentors,
                                  int warmups, int runs) {
        MentorDirectory directory = context.getBean(MentorDirectory.class);
        FormerSuggestions former = new FormerSuggestions(context);
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        Actor actor = new Actor(mentee, false);
        List<String> wanted = List.of("Skill 7", "Skill 12 in production", "Skill 31");
        Timings now = new Timings("after");
        Timings before = new Timings("before");
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmups + runs; i++) {
            List<Suggestion> found = null;
            for (int turn = 0; turn < 2; turn++) {
                boolean current = (i + turn) % 2 == 0;
                statistics.clear();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                List<Suggestion> got = current ? directory.suggestions(actor, wanted)
                        : former.suggestions(mentee, wanted);
                long took = System.nanoTime() - start;
                long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
                (current ? now : before).add(i >= warmups, took, cpu, statistics.getPrepareStatementCount(), got);
                if (found != null && !found.equals(got)) {
                    throw new IllegalStateException("before and after differ: " + found + " and " + got);
                }
                found = got;
            }
            if (i == 0) {
                System.out.println(people + " people: " + found.getFirst());
            }
        }
        String load = load();
        return before.row(people, mentors, load) + "\n" + now.row(people, mentors, load);
    }

    /** One way of reading's measured calls. */
    private static final class Timings {
        final String name;
        final List<Long> nanos = new ArrayList<>();
        final List<Long> cpuNanos = new ArrayList<>();
        long statements = -1;

        Timings(String name) {
            this.name = name;
        }

        void add(boolean measured, long took, long cpu, long count, List<Suggestion> found) {
            if (found.size() != 5) {
                throw new IllegalStateException(name + ": expected five suggestions, got " + found);
            }
            if (statements >= 0 && count != statements) {
                throw new IllegalStateException(name + ": statements differ between calls: " + statements + " and "
                        + count);
            }
            statements = count;
            if (measured) {
                nanos.add(took);
                cpuNanos.add(cpu);
            }
        }

        String row(int people, int mentors, String load) {
            Stats stats = Stats.of(nanos);
            Stats cpu = Stats.of(cpuNanos);
            return String.format(Locale.ROOT, "| %s | %,d | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %s | %d |", name,
                    people, mentors, stats.median() / 1e6, stats.p95() / 1e6, stats.max() / 1e6, cpu.median() / 1e6,
                    cpu.p95() / 1e6, load, statements);
        }
    }

    /** The organisation, by plain JDBC batches; returns the mentee's id. */
    private static long load(ConfigurableApplicationContext context, String url, String user, String password,
                             int people, int mentors) throws Exception {
        TeamService teams = context.getBean(TeamService.class);
        List<Long> teamIds = new ArrayList<>();
        for (int t = 0; t < 50; t++) {
            teamIds.add(teams.createTeam(SYSTEM, new TeamSettings("Mentor bench " + t, ZoneId.of("Europe/Berlin"),
                    DayOfWeek.THURSDAY, LocalTime.of(12, 0), 60, Cadence.EVERY_TWO_WEEKS, null, null, null)).id());
        }
        Random random = new Random(20260610L);
        long started = System.nanoTime();
        Instant now = context.getBean(java.time.Clock.class).instant(); // what the service will take for now
        Timestamp created = Timestamp.valueOf(LocalDateTime.ofInstant(now.minusSeconds(86_400), ZoneOffset.UTC));
        Timestamp longAgo = Timestamp.valueOf(LocalDateTime.ofInstant(now.minusSeconds(40 * 86_400), ZoneOffset.UTC));
        LocalDate pausedUntil = LocalDate.ofInstant(now, ZoneOffset.UTC).plusWeeks(3);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            long first;
            try (var rs = c.createStatement().executeQuery("select coalesce(max(id), 0) + 1 from person")) {
                rs.next();
                first = rs.getLong(1);
            }
            try (PreparedStatement person = c.prepareStatement("insert into person (id, version, full_name, email,"
                    + " time_zone, administrator, mentoring_available, mentoring_capacity, created_at, last_signed_in_at)"
                    + " values (?, 0, ?, ?, ?, false, ?, ?, ?, ?)");
                 PreparedStatement skill = c.prepareStatement(
                         "insert into person_skill (person_id, skill, proficiency) values (?, ?, ?)");
                 PreparedStatement member = c.prepareStatement("insert into membership (version, team_id, person_id,"
                         + " role, joined_on, in_rotation) values (0, ?, ?, 'MEMBER', '2026-01-05', true)");
                 PreparedStatement offer = c.prepareStatement("insert into mentor_offer (person_id, version,"
                         + " preferred_rhythm, paused_until, charges, mentees_taken, last_answered_at)"
                         + " values (?, 0, 'BIWEEKLY', ?, ?, ?, ?)");
                 PreparedStatement confident = c.prepareStatement(
                         "insert into mentor_offer_skill (person_id, skill) values (?, ?)")) {
                for (int i = 0; i < people; i++) {
                    long id = first + i;
                    boolean mentor = i > 0 && i <= mentors;
                    int capacity = mentor ? 1 + random.nextInt(3) : 0;
                    person.setLong(1, id);
                    person.setString(2, (mentor ? "Mentor " : "Person ") + i);
                    person.setString(3, "p" + i + "@bench.example");
                    person.setString(4, ZONES.get(random.nextInt(ZONES.size())));
                    person.setBoolean(5, mentor);
                    person.setInt(6, capacity);
                    boolean gone = mentor && random.nextInt(20) == 0; // neither signed in nor answered for 40 days
                    person.setTimestamp(7, gone ? longAgo : created);
                    person.setTimestamp(8, gone ? longAgo : created);
                    person.addBatch();
                    member.setLong(1, teamIds.get(i % teamIds.size()));
                    member.setLong(2, id);
                    member.addBatch();
                    List<String> names = new ArrayList<>();
                    for (int s = 0, n = 1 + random.nextInt(4); s < n; s++) {
                        String name = "Skill " + random.nextInt(40);
                        if (!names.contains(name)) {
                            names.add(name);
                            skill.setLong(1, id);
                            skill.setString(2, name);
                            skill.setInt(3, i == 0 ? 2 : 3 + random.nextInt(3));
                            skill.addBatch();
                        }
                    }
                    if (mentor) {
                        offer.setLong(1, id);
                        offer.setObject(2, random.nextInt(20) == 0 ? pausedUntil : null);
                        offer.setBoolean(3, random.nextInt(10) == 0);
                        offer.setInt(4, random.nextInt(capacity + 1));
                        offer.setTimestamp(5, gone ? null : created);
                        offer.addBatch();
                        for (String name : names) {
                            confident.setLong(1, id);
                            confident.setString(2, name);
                            confident.addBatch();
                        }
                    }
                    if (i % 5_000 == 4_999) {
                        for (PreparedStatement batch : List.of(person, member, skill, offer, confident)) {
                            batch.executeBatch();
                        }
                    }
                }
                for (PreparedStatement batch : List.of(person, member, skill, offer, confident)) {
                    batch.executeBatch();
                }
            }
            try (PreparedStatement gap = c.prepareStatement("insert into knowledge_gap (version, team_id, title, source,"
                    + " urgency, confidential, origin, status, reporter_id, reported_on, created_at)"
                    + " values (0, ?, ?, 'RETROSPECTIVE', 'MEDIUM', false, 'LOGGED', 'OPEN', ?, '2026-06-01', ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                for (int g = 0; g < 3; g++) {
                    gap.setLong(1, teamIds.getFirst());
                    gap.setString(2, "Skill " + (3 + g) + " keeps surprising us");
                    gap.setLong(3, g == 2 ? first + people - 1 : first); // the third raised by someone else ...
                    gap.setTimestamp(4, created);
                    gap.executeUpdate();
                    try (var keys = gap.getGeneratedKeys()) {
                        keys.next();
                        long gapId = keys.getLong(1);
                        c.createStatement().execute("insert into gap_tag (gap_id, tag) values (" + gapId + ", 'skill "
                                + (3 + g) + "')");
                        if (g == 2) { // ... and voted for by the mentee
                            c.createStatement().execute("insert into gap_vote (gap_id, person_id, voted_at) values ("
                                    + gapId + ", " + first + ", '2026-06-02 10:00:00')");
                        }
                    }
                }
            }
            c.commit();
            System.out.printf(Locale.ROOT, "loaded %,d people (%,d mentors) in %d ms%n", people, mentors,
                    (System.nanoTime() - started) / 1_000_000);
            return first;
        }
    }

    /** The machine's load average over the last minute, as the measured calls end (the CPU column is load-proof). */
    private static String load() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "?" : String.format(Locale.ROOT, "%.1f", load);
    }

    private static String envOr(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }

    private MentorSuggestionsBenchmark() {
    }
}
