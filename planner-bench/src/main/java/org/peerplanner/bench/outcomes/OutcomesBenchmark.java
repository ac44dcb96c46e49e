package org.peerplanner.bench.outcomes;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.peerplanner.bench.support.Services;
import org.peerplanner.domain.outcomes.Stats;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.outcomes.OutcomePeriod;
import org.peerplanner.domain.outcomes.OutcomesService;
import org.peerplanner.domain.outcomes.OverviewFigures;
import org.peerplanner.domain.outcomes.TeamFlag;
import org.peerplanner.domain.outcomes.TeamOverviewRow;
import org.peerplanner.domain.outcomes.TeamOutcomes;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The outcomes dashboard and the organisation overview against a real MySQL/MariaDB server, as the service answers
 * them (server time without drawing the charts, which is string building). Prints one table: wall and calling-thread CPU
 * time (p50, p95), the SQL statements Hibernate prepared per call, and the load average when the case finished.
 *
 * <ul>
 *   <li>dashboard: one team with 3 years of history (weekly sessions, 4 gaps a month with their history, 3 action
 *   items and 2 articles a month) and one with 1 year, each over the 36 months up to now: the statement count must be
 *   the same for both (constant in history size);</li>
 *   <li>overview: {@code teams} teams (default 1,000), each with 1 year of the same history, 10 members each.</li>
 * </ul>
 *
 * <p>Arguments: teams (default 1000), warm-up runs (default 3), measured runs (default 10). The server comes from
 * {@code PLANNER_TEST_DB_URL} (+ {@code _USER}, {@code _PASSWORD}); the benchmark creates
 * {@code <prefix>_outcomes_<utc timestamp>} and drops it at the end, unless {@code OUTCOMES_BENCH_KEEP_DB} is set.
 */
public final class OutcomesBenchmark {

    private static final Actor SYSTEM = new Actor(-1, true);
    private static final Instant NOW = Instant.now();
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final String[] TAGS = {"kafka", "postgresql", "kubernetes", "java", "security", "testing", "react",
            "observability"};
    private static final Pattern MYSQL_URL =
            Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/?]+)/([A-Za-z0-9_]+)?(?:\\?(.*))?$");

    private OutcomesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int teams = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String url = env("PLANNER_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/planner_bench");
        Matcher m = MYSQL_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("PLANNER_TEST_DB_URL must look like jdbc:mysql://HOST:PORT/PREFIX");
        }
        String server = m.group(1);
        String name = (m.group(2) == null ? "planner_bench" : m.group(2)) + "_outcomes_"
                + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        String user = env("PLANNER_TEST_DB_USER", "root");
        String password = env("PLANNER_TEST_DB_PASSWORD", "");
        String appUrl = server + "/" + name + "?characterEncoding=UTF-8&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true";
        try (Connection c = DriverManager.getConnection(server + "/", user, password)) {
            c.createStatement().execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        ConfigurableApplicationContext context = null;
        int exit = 0;
        try {
            context = Services.start(new Class<?>[0], "--spring.datasource.url=" + appUrl,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                    "--planner.demo.enabled=false", "--spring.jpa.properties.hibernate.generate_statistics=true",
                    // the web module's mail outbox health check is not among these services
                    "--management.endpoint.health.validate-group-membership=false",
                    "--logging.level.root=WARN",
                    "--logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=OFF");
            Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            OutcomesService outcomes = context.getBean(OutcomesService.class);
            long started = System.nanoTime();
            long threeYears;
            long oneYear;
            try (Connection c = DriverManager.getConnection(appUrl + "&rewriteBatchedStatements=true", user, password)) {
                c.setAutoCommit(false);
                try (Seeder seeder = new Seeder(c)) {
                    threeYears = seeder.team("Three years", 3, new Random(1));
                    oneYear = seeder.team("One year", 1, new Random(2));
                    for (int t = 0; t < teams - 2; t++) {
                        seeder.team("Team " + t, 1, new Random(100 + t));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "generated %d teams in %d s on database %s%n", teams,
                    (System.nanoTime() - started) / 1_000_000_000, name);
            OutcomePeriod period = OutcomePeriod.lastMonths(TODAY, 36);
            header();
            measure("dashboard, 3 years of history", statistics, warmups, runs,
                    () -> outcomes.dashboard(SYSTEM, threeYears, period));
            measure("dashboard, 1 year of history", statistics, warmups, runs,
                    () -> outcomes.dashboard(SYSTEM, oneYear, period));
            measure("overview of " + teams + " teams", statistics, Math.max(1, warmups / 2), Math.max(3, runs / 2),
                    () -> outcomes.overview(SYSTEM));
            if (Boolean.getBoolean("bench.queryTimes")) {
                // where the last overview call spent its database time: Hibernate's per-query averages
                statistics.clear();
                outcomes.overview(SYSTEM);
                for (String query : statistics.getQueries()) {
                    var q = statistics.getQueryStatistics(query);
                    System.out.printf(Locale.ROOT, "  %6d ms %7d rows  %s%n", q.getExecutionAvgTime(),
                            q.getExecutionRowCount(), query.replaceAll("\\s+", " ").substring(0, Math.min(160,
                                    query.replaceAll("\\s+", " ").length())));
                }
            }
            agreement(outcomes);
            TeamOutcomes shown = outcomes.dashboard(SYSTEM, threeYears, period);
            System.out.println("3-year dashboard reads: " + shown.section("gaps").series("gaps-close").reading());
        } catch (Throwable e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            if (context != null) {
                context.close();
            }
            if (System.getenv("OUTCOMES_BENCH_KEEP_DB") == null) {
                try (Connection c = DriverManager.getConnection(server + "/", user, password)) {
                    c.createStatement().execute("DROP DATABASE IF EXISTS `" + name + "`");
                }
            } else {
                System.out.println("kept database " + name + " (OUTCOMES_BENCH_KEEP_DB), for EXPLAIN");
            }
        }
        System.exit(exit);
    }

    /** The overview reads its own grouped rows: for every 50th team, its row must say what its dashboard says. */
    private static void agreement(OutcomesService outcomes) {
        List<TeamOverviewRow> rows = outcomes.overview(SYSTEM);
        int compared = 0;
        int differ = 0;
        for (int i = 0; i < rows.size(); i += 50) {
            TeamOverviewRow row = rows.get(i);
            TeamOutcomes dashboard = outcomes.dashboard(SYSTEM, row.teamId(),
                    OutcomePeriod.lastMonths(outcomes.today(row.teamId()), OutcomesService.OVERVIEW_MONTHS));
            var figures = dashboard.sections().stream().map(OverviewFigures::of).toList();
            var flags = java.util.EnumSet.noneOf(TeamFlag.class);
            figures.forEach(f -> flags.addAll(f.flags()));
            var expected = new TeamOverviewRow(row.teamId(), row.teamName(), dashboard.memberCount(), flags,
                    figures.stream().map(OverviewFigures::sparkline).filter(java.util.Objects::nonNull).toList());
            compared++;
            if (!expected.equals(row)) {
                differ++;
                System.out.println("overview row differs from the dashboard: " + row + " vs " + expected);
            }
        }
        System.out.printf(Locale.ROOT, "overview rows compared with their dashboards: %d, differing: %d%n", compared,
                differ);
    }

    /** Wall and calling-thread CPU time per call (p50, p95), the statements of the last call, the load average. */
    private static void measure(String what, Statistics statistics, int warmups, int runs, Supplier<?> call) {
        for (int i = 0; i < warmups; i++) {
            call.get();
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> millis = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        long statements = -1;
        for (int i = 0; i < runs; i++) {
            statistics.clear();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - start) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            statements = statistics.getPrepareStatementCount();
        }
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "| %-44s | %8.1f | %8.1f | %8.1f | %8.1f | %4d | %5.1f |%n", what,
                Stats.median(millis), Stats.percentile(millis, 95), Stats.median(cpu), Stats.percentile(cpu, 95),
                statements, load);
    }

    private static void header() {
        System.out.printf(Locale.ROOT, "| %-44s | %8s | %8s | %8s | %8s | %4s | %5s |%n", "call (ms)", "wall p50",
                "wall p95", "CPU p50", "CPU p95", "SQL", "load");
        System.out.println("|---|---|---|---|---|---|---|");
    }

    /**
     * Inserts every team in one pass with explicit ids (the database is new and empty), each table through one
     * prepared statement whose batches the driver rewrites into multi-row inserts ({@code rewriteBatchedStatements}),
     * all flushed together once about {@value #FLUSH} gap steps are pending: no round trip per row. Session tags and attendance are derived server side by
     * one {@code insert ... select} each.
     */
    private static final class Seeder implements AutoCloseable {
        private static final int FLUSH = 2_000;
        private final Connection c;
        private final Table team;
        private final Table person;
        private final Table membership;
        private final Table gap;
        private final Table history;
        private final Table tag;
        private final Table session;
        private final Table item;
        private final Table article;
        private final Table revision;
        private long teamId;
        private long personId;
        private long gapId;
        private long sessionId;
        private long articleId;

        Seeder(Connection c) throws SQLException {
            this.c = c;
            team = new Table(c, "insert into team (id, version, name, time_zone, slot_day, slot_start, slot_minutes, "
                    + "cadence, created_at) values (?, 0, ?, 'Europe/Berlin', 'TUESDAY', '12:00:00', 60, 'WEEKLY', ?)");
            person = new Table(c, "insert into person (id, version, full_name, email, time_zone, administrator, "
                    + "mentoring_available, mentoring_capacity, created_at) values (?, 0, ?, ?, 'Europe/Berlin', false, "
                    + "false, 0, ?)");
            membership = new Table(c, "insert into membership (version, team_id, person_id, role, joined_on, in_rotation) "
                    + "values (0, ?, ?, ?, ?, true)");
            gap = new Table(c, "insert into knowledge_gap (id, version, team_id, title, source, urgency, confidential, "
                    + "origin, status, reporter_id, reported_on, created_at) values (?, 0, ?, ?, 'RETROSPECTIVE', "
                    + "'MEDIUM', false, 'LOGGED', ?, ?, ?, ?)");
            history = new Table(c, "insert into gap_history (gap_id, happened_at, person_name, event_type, to_status) "
                    + "values (?, ?, 'Bench', ?, ?)");
            tag = new Table(c, "insert into gap_tag (gap_id, tag) values (?, ?)");
            session = new Table(c, "insert into learning_session (id, version, uid, team_id, slot_date, format, title, "
                    + "starts_at, time_zone, duration_minutes, facilitator_id, co_facilitator_id, status, cancel_reason, "
                    + "revision, created_at, updated_at) values (?, 0, ?, ?, ?, 'LUNCH_AND_LEARN', 'Session', ?, "
                    + "'Europe/Berlin', 60, ?, ?, ?, ?, 0, ?, ?)");
            item = new Table(c, "insert into action_item (version, team_id, description, owner_id, due_on, status, "
                    + "closed_at, agenda_from, created_by, created_at, updated_at) values (0, ?, 'Follow up', ?, ?, ?, ?, "
                    + "?, ?, ?, ?)");
            article = new Table(c, "insert into article (id, version, team_id, title, body, review_by, author_id, "
                    + "revision, created_at, updated_at) values (?, 0, ?, 'Notes', 'Body', ?, ?, 2, ?, ?)");
            revision = new Table(c, "insert into article_revision (article_id, number, author_id, saved_at, title, body, "
                    + "tags, summary) values (?, ?, ?, ?, 'Notes', 'Body', '', 'Saved')");
        }

        /** A team of 10 with {@code years} of history. */
        long team(String name, int years, Random random) throws SQLException {
            long id = ++teamId;
            Timestamp created = Timestamp.from(NOW.minusSeconds(86_400L * 366 * years));
            team.add(id, name + " " + id, created);
            List<Long> people = new ArrayList<>();
            for (int p = 0; p < 10; p++) {
                long pid = ++personId;
                person.add(pid, "Person " + p, "p" + p + "." + id + "@bench.example.com", created);
                people.add(pid);
                membership.add(id, pid, p == 0 ? "MANAGER" : "MEMBER",
                        LocalDate.ofInstant(created.toInstant(), ZoneOffset.UTC).plusDays(p * 20L));
            }
            LocalDate start = TODAY.minusYears(years);
            gaps(id, people, start, random);
            sessions(id, people, start, random);
            items(id, people, start, random);
            articles(id, people, start, random);
            if (history.pending >= FLUSH) {
                flush();
            }
            return id;
        }

        private void gaps(long team, List<Long> people, LocalDate start, Random random) throws SQLException {
            for (LocalDate day = start; day.isBefore(TODAY); day = day.plusWeeks(1)) {
                int roll = random.nextInt(10);
                String status = roll < 5 ? "CLOSED" : roll < 7 ? "ADDRESSED" : roll < 9 ? "OPEN" : "DECLINED";
                long id = ++gapId;
                gap.add(id, team, "Gap " + day, status, people.get(random.nextInt(people.size())), day,
                        Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
                tag.add(id, TAGS[random.nextInt(TAGS.length)]);
                if (!status.equals("OPEN") && !status.equals("DECLINED")) {
                    LocalDate addressed = day.plusDays(5 + random.nextInt(60));
                    step(id, addressed, "ADDRESSED");
                    if (status.equals("CLOSED")) {
                        step(id, addressed.plusDays(random.nextInt(30)), "CLOSED");
                    }
                }
            }
        }

        private void step(long gapId, LocalDate day, String status) throws SQLException {
            history.add(gapId, Timestamp.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC)), status, status);
        }

        private void sessions(long team, List<Long> people, LocalDate start, Random random) throws SQLException {
            for (LocalDate day = start.with(java.time.DayOfWeek.TUESDAY); day.isBefore(TODAY); day = day.plusWeeks(1)) {
                boolean cancelled = random.nextInt(13) == 0;
                Timestamp at = Timestamp.from(day.atTime(11, 0).toInstant(ZoneOffset.UTC));
                long id = ++sessionId;
                session.add(id, "bench-" + id, team, day, at, people.get(random.nextInt(people.size())),
                        random.nextInt(4) == 0 ? people.get(random.nextInt(people.size())) : null,
                        cancelled ? "CANCELLED" : "HELD", cancelled ? "Release week" : null, at, at);
            }
        }

        private void items(long team, List<Long> people, LocalDate start, Random random) throws SQLException {
            for (LocalDate day = start; day.isBefore(TODAY); day = day.plusDays(10)) {
                String status = random.nextInt(10) < 7 ? "DONE" : random.nextInt(2) == 0 ? "OPEN" : "DROPPED";
                Timestamp at = Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
                item.add(team, people.get(random.nextInt(people.size())), day.plusDays(14), status,
                        status.equals("OPEN") ? null
                                : Timestamp.from(day.plusDays(random.nextInt(30)).atTime(9, 0).toInstant(ZoneOffset.UTC)),
                        at, people.getFirst(), at, at);
            }
        }

        private void articles(long team, List<Long> people, LocalDate start, Random random) throws SQLException {
            for (LocalDate day = start; day.isBefore(TODAY); day = day.plusDays(15)) {
                Timestamp at = Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
                long id = ++articleId;
                article.add(id, team, day.plusMonths(6), people.get(random.nextInt(people.size())), at, at);
                for (int n = 1; n <= 2; n++) {
                    revision.add(id, n, people.getFirst(), Timestamp.from(at.toInstant().plusSeconds(86_400L * 20 * (n - 1))));
                }
            }
        }

        /** Sends every table's pending rows, parents first (the foreign keys are checked row by row). */
        private void flush() throws SQLException {
            for (Table t : List.of(team, person, membership, gap, history, tag, session, item, article, revision)) {
                t.flush();
            }
        }

        /** Flushes every table, then derives session tags and attendance, and commits. */
        @Override
        public void close() throws SQLException {
            flush();
            for (Table t : List.of(team, person, membership, gap, history, tag, session, item, article, revision)) {
                t.close();
            }
            try (var statement = c.createStatement()) {
                // a session covers the gap logged the day before its slot
                statement.executeUpdate("insert into session_gap (session_id, gap_id) select s.id, g.id "
                        + "from learning_session s join knowledge_gap g on g.team_id = s.team_id "
                        + "and g.reported_on = date_sub(s.slot_date, interval 1 day)");
                // about two thirds of the team came to each held session
                statement.executeUpdate("insert into session_attended (session_id, person_id) select s.id, m.person_id "
                        + "from learning_session s join membership m on m.team_id = s.team_id "
                        + "where s.status = 'HELD' and mod(s.id + m.person_id, 3) <> 0");
            }
            c.commit();
        }
    }

    /** One insert statement, batched; the seeder flushes all tables together, in foreign-key order. */
    private static final class Table implements AutoCloseable {
        private final PreparedStatement statement;
        private int pending;

        Table(Connection c, String sql) throws SQLException {
            statement = c.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            bind(statement, values);
            statement.addBatch();
            pending++;
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static String env(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
