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
import org.peerplanner.domain.outcomes.TeamOutcomes;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The outcomes dashboard and the organisation overview against a real MySQL/MariaDB server, as the service answers
 * them (server time without drawing the charts, which is string building). Prints the median and p90 wall time and
 * the SQL statements Hibernate prepared per call.
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
 * {@code <prefix>_outcomes_<utc timestamp>} and drops it at the end.
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
                threeYears = team(c, "Three years", 3, new Random(1));
                oneYear = team(c, "One year", 1, new Random(2));
                for (int t = 0; t < teams - 2; t++) {
                    team(c, "Team " + t, 1, new Random(100 + t));
                }
            }
            System.out.printf(Locale.ROOT, "generated %d teams in %d s on database %s%n", teams,
                    (System.nanoTime() - started) / 1_000_000_000, name);
            OutcomePeriod period = OutcomePeriod.lastMonths(TODAY, 36);
            measure("dashboard, 3 years of history", statistics, warmups, runs,
                    () -> outcomes.dashboard(SYSTEM, threeYears, period));
            measure("dashboard, 1 year of history", statistics, warmups, runs,
                    () -> outcomes.dashboard(SYSTEM, oneYear, period));
            TeamOutcomes shown = outcomes.dashboard(SYSTEM, threeYears, period);
            System.out.println("  3-year dashboard reads: " + shown.section("gaps").series("gaps-close").reading());
            measure("overview of " + teams + " teams", statistics, Math.max(1, warmups / 2), Math.max(3, runs / 2),
                    () -> outcomes.overview(SYSTEM));
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

    private static void measure(String what, Statistics statistics, int warmups, int runs, Supplier<?> call) {
        for (int i = 0; i < warmups; i++) {
            call.get();
        }
        List<Double> millis = new ArrayList<>();
        long statements = -1;
        for (int i = 0; i < runs; i++) {
            statistics.clear();
            long start = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - start) / 1e6);
            statements = statistics.getPrepareStatementCount();
        }
        System.out.printf(Locale.ROOT, "%-40s median %7.1f ms  p90 %7.1f ms  min %7.1f ms  SQL statements %d%n", what,
                Stats.median(millis), Stats.percentile(millis, 90), millis.stream().mapToDouble(d -> d).min().orElse(0),
                statements);
    }

    /** A team of 10 with {@code years} of history, by batched plain inserts. */
    private static long team(Connection c, String name, int years, Random random) throws SQLException {
        Timestamp created = Timestamp.from(NOW.minusSeconds(86_400L * 366 * years));
        long team = insert(c, "insert into team (version, name, time_zone, slot_day, slot_start, slot_minutes, cadence, "
                + "created_at) values (0, ?, 'Europe/Berlin', 'TUESDAY', '12:00:00', 60, 'WEEKLY', ?)", name + " " + random.nextInt(1_000_000), created);
        List<Long> people = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            long person = insert(c, "insert into person (version, full_name, email, time_zone, administrator, "
                    + "mentoring_available, mentoring_capacity, created_at) values (0, ?, ?, 'Europe/Berlin', false, false, 0, ?)",
                    "Person " + p, "p" + p + "." + team + "@bench.example.com", created);
            people.add(person);
            exec(c, "insert into membership (version, team_id, person_id, role, joined_on, in_rotation) values (0, ?, ?, ?, ?, true)",
                    team, person, p == 0 ? "MANAGER" : "MEMBER", LocalDate.ofInstant(created.toInstant(), ZoneOffset.UTC)
                            .plusDays(p * 20L));
        }
        LocalDate start = TODAY.minusYears(years);
        List<Long> gaps = gaps(c, team, people, start, random);
        sessions(c, team, people, gaps, start, random);
        items(c, team, people, start, random);
        articles(c, team, people, start, random);
        c.commit();
        return team;
    }

    private static List<Long> gaps(Connection c, long team, List<Long> people, LocalDate start, Random random)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement history = c.prepareStatement("insert into gap_history (gap_id, happened_at, person_name, "
                + "event_type, to_status) values (?, ?, 'Bench', ?, ?)");
             PreparedStatement tag = c.prepareStatement("insert into gap_tag (gap_id, tag) values (?, ?)")) {
            for (LocalDate day = start; day.isBefore(TODAY); day = day.plusWeeks(1)) {
                int roll = random.nextInt(10);
                String status = roll < 5 ? "CLOSED" : roll < 7 ? "ADDRESSED" : roll < 9 ? "OPEN" : "DECLINED";
                long gap = insert(c, "insert into knowledge_gap (version, team_id, title, source, urgency, confidential, "
                        + "origin, status, reporter_id, reported_on, created_at) values (0, ?, ?, 'RETROSPECTIVE', "
                        + "'MEDIUM', false, 'LOGGED', ?, ?, ?, ?)", team, "Gap " + day, status,
                        people.get(random.nextInt(people.size())), day, Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
                ids.add(gap);
                tag.setLong(1, gap);
                tag.setString(2, TAGS[random.nextInt(TAGS.length)]);
                tag.addBatch();
                if (!status.equals("OPEN") && !status.equals("DECLINED")) {
                    LocalDate addressed = day.plusDays(5 + random.nextInt(60));
                    step(history, gap, addressed, "ADDRESSED");
                    if (status.equals("CLOSED")) {
                        step(history, gap, addressed.plusDays(random.nextInt(30)), "CLOSED");
                    }
                }
            }
            history.executeBatch();
            tag.executeBatch();
        }
        return ids;
    }

    private static void step(PreparedStatement history, long gap, LocalDate day, String status) throws SQLException {
        history.setLong(1, gap);
        history.setTimestamp(2, Timestamp.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC)));
        history.setString(3, status);
        history.setString(4, status);
        history.addBatch();
    }

    private static void sessions(Connection c, long team, List<Long> people, List<Long> gaps, LocalDate start,
                                 Random random) throws SQLException {
        try (PreparedStatement session = c.prepareStatement("insert into learning_session (version, uid, team_id, "
                + "slot_date, format, title, starts_at, time_zone, duration_minutes, facilitator_id, co_facilitator_id, "
                + "status, cancel_reason, revision, created_at, updated_at) values (0, ?, ?, ?, 'LUNCH_AND_LEARN', "
                + "'Session', ?, 'Europe/Berlin', 60, ?, ?, ?, ?, 0, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            int i = 0;
            for (LocalDate day = start.with(java.time.DayOfWeek.TUESDAY); day.isBefore(TODAY); day = day.plusWeeks(1), i++) {
                boolean cancelled = random.nextInt(13) == 0;
                Timestamp at = Timestamp.from(day.atTime(11, 0).toInstant(ZoneOffset.UTC));
                session.setString(1, "bench-" + team + "-" + i);
                session.setLong(2, team);
                session.setObject(3, day);
                session.setTimestamp(4, at);
                session.setLong(5, people.get(random.nextInt(people.size())));
                session.setObject(6, random.nextInt(4) == 0 ? people.get(random.nextInt(people.size())) : null);
                session.setString(7, cancelled ? "CANCELLED" : "HELD");
                session.setString(8, cancelled ? "Release week" : null);
                session.setTimestamp(9, at);
                session.setTimestamp(10, at);
                session.addBatch();
            }
            session.executeBatch();
        }
        exec(c, "insert into session_gap (session_id, gap_id) select s.id, g.id from learning_session s join knowledge_gap g "
                + "on g.team_id = s.team_id and g.reported_on = date_sub(s.slot_date, interval 1 day) where s.team_id = ?", team);
    }

    private static void items(Connection c, long team, List<Long> people, LocalDate start, Random random)
            throws SQLException {
        try (PreparedStatement item = c.prepareStatement("insert into action_item (version, team_id, description, "
                + "owner_id, due_on, status, closed_at, agenda_from, created_by, created_at, updated_at) "
                + "values (0, ?, 'Follow up', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LocalDate day = start; day.isBefore(TODAY); day = day.plusDays(10)) {
                String status = random.nextInt(10) < 7 ? "DONE" : random.nextInt(2) == 0 ? "OPEN" : "DROPPED";
                Timestamp at = Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
                item.setLong(1, team);
                item.setLong(2, people.get(random.nextInt(people.size())));
                item.setObject(3, day.plusDays(14));
                item.setString(4, status);
                item.setTimestamp(5, status.equals("OPEN") ? null
                        : Timestamp.from(day.plusDays(random.nextInt(30)).atTime(9, 0).toInstant(ZoneOffset.UTC)));
                item.setTimestamp(6, at);
                item.setLong(7, people.getFirst());
                item.setTimestamp(8, at);
                item.setTimestamp(9, at);
                item.addBatch();
            }
            item.executeBatch();
        }
    }

    private static void articles(Connection c, long team, List<Long> people, LocalDate start, Random random)
            throws SQLException {
        for (LocalDate day = start; day.isBefore(TODAY); day = day.plusDays(15)) {
            Timestamp at = Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
            long article = insert(c, "insert into article (version, team_id, title, body, review_by, author_id, revision, "
                    + "created_at, updated_at) values (0, ?, 'Notes', 'Body', ?, ?, 2, ?, ?)", team, day.plusMonths(6),
                    people.get(random.nextInt(people.size())), at, at);
            for (int n = 1; n <= 2; n++) {
                exec(c, "insert into article_revision (article_id, number, author_id, saved_at, title, body, tags, summary) "
                        + "values (?, ?, ?, ?, 'Notes', 'Body', '', 'Saved')", article, n, people.getFirst(),
                        Timestamp.from(at.toInstant().plusSeconds(86_400L * 20 * (n - 1))));
            }
        }
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
            bind(statement, values);
            statement.executeUpdate();
            try (var keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void exec(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
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
