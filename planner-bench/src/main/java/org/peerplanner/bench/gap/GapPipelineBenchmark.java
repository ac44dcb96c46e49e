package org.peerplanner.bench.gap;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.peerplanner.bench.support.HeapSampler;
import org.peerplanner.bench.support.Services;
import org.peerplanner.bench.support.Stats;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapExportService;
import org.peerplanner.domain.gap.GapImportAction;
import org.peerplanner.domain.gap.GapImportDecision;
import org.peerplanner.domain.gap.GapImportPreview;
import org.peerplanner.domain.gap.GapImportRow;
import org.peerplanner.domain.gap.GapImportService;
import org.peerplanner.domain.gap.GapImportSummary;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.team.Cadence;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSettings;
import org.peerplanner.integrations.spreadsheet.GapSheetExport;
import org.peerplanner.integrations.spreadsheet.RetroFileReader;
import org.peerplanner.integrations.spreadsheet.RetroSheet;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * The gap spreadsheet pipeline end to end against a real MySQL/MariaDB server: import (read + preview + commit) of
 * a 10,000-row retrospective .xlsx, and export of 100,000 gaps to .xlsx. Prints wall time, peak heap and the
 * number of JDBC statements per phase. Not a test (the build never runs it); see docs/benchmarks.md.
 *
 * <p>Arguments: phase ({@code all}, {@code import} or {@code export}), warm-up runs (default 2), measured runs
 * (default 5). System properties {@code bench.importRows} and {@code bench.exportGaps} change the sizes.
 * The server comes from {@code PLANNER_TEST_DB_URL} (+ {@code _USER}, {@code _PASSWORD}), default
 * {@code jdbc:mysql://127.0.0.1:3306/planner_bench}; the database named there is a prefix: the benchmark creates
 * {@code <prefix>_<utc timestamp>} and drops it at the end.
 */
public final class GapPipelineBenchmark {

    private static final Actor SYSTEM = new Actor(-1, true);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Pattern MYSQL_URL =
            Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/?]+)/([A-Za-z0-9_]+)?(?:\\?(.*))?$");
    /** Connection settings the application's mysql profile uses. */
    private static final String APP_PARAMS = "characterEncoding=UTF-8&connectionTimeZone=UTC"
            + "&forceConnectionTimeZoneToSession=true";

    private final ConfigurableApplicationContext context;
    private final Database database;
    private final Statistics statistics;
    private final Map<String, List<Sample>> results = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int teams;

    private GapPipelineBenchmark(ConfigurableApplicationContext context, Database database) {
        this.context = context;
        this.database = database;
        this.statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
    }

    public static void main(String[] args) throws Exception {
        String phase = args.length > 0 ? args[0] : "all";
        if (!List.of("all", "import", "export").contains(phase)) {
            throw new IllegalArgumentException("phase must be all, import or export, was " + phase);
        }
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int importRows = Integer.getInteger("bench.importRows", 10_000);
        int exportGaps = Integer.getInteger("bench.exportGaps", 100_000);

        Database database = Database.create();
        ConfigurableApplicationContext context = null;
        int exitCode = 0;
        try {
            long bootStart = System.nanoTime();
            context = boot(database);
            System.out.printf(Locale.ROOT, "application context started in %d ms on database %s%n",
                    (System.nanoTime() - bootStart) / 1_000_000, database.name());
            GapPipelineBenchmark bench = new GapPipelineBenchmark(context, database);
            if (!phase.equals("export")) {
                bench.importPhase(importRows, warmups, runs);
            }
            if (!phase.equals("import")) {
                bench.exportPhase(exportGaps, warmups, runs);
            }
            bench.printTable(phase, warmups, runs);
        } catch (Throwable e) {
            e.printStackTrace();
            exitCode = 1;
        } finally {
            if (context != null) {
                context.close();
            }
            database.drop();
        }
        System.exit(exitCode); // Vaadin and pool threads must not keep the JVM alive
    }

    /** The services without the web layer (see Services), statements counted; Flyway migrates the fresh database. */
    private static ConfigurableApplicationContext boot(Database database) {
        return Services.start(new Class<?>[] {StatementCounting.class}, "--spring.datasource.url=" + database.appUrl(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        "--planner.demo.enabled=false",
                        "--spring.jpa.properties.hibernate.generate_statistics=true",
                        "--logging.level.root=WARN",
                        "--logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=OFF");
    }

    /**
     * Counts statements at the DataSource, so that JDBC work outside Hibernate (batched inserts) counts too. Not a
     * {@code @Configuration}, like Services: a source of this benchmark's application only.
     */
    static class StatementCounting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource ? JdbcCounter.wrap(dataSource) : bean;
                }
            };
        }
    }

    /**
     * Statements prepared or created on the application's connections (whoever prepares them: Hibernate or plain
     * JDBC) and round trips: executions, a JDBC batch counting one per batched entry (MySQL Connector/J sends them
     * one by one unless the URL says rewriteBatchedStatements=true).
     */
    static final class JdbcCounter {
        static final AtomicLong PREPARED = new AtomicLong();
        static final AtomicLong EXECUTED = new AtomicLong();

        static DataSource wrap(DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (method, result) ->
                    result instanceof Connection c ? proxy(Connection.class, c, JdbcCounter::onConnection) : result);
        }

        private static Object onConnection(Method method, Object result) {
            if (result instanceof Statement statement) {
                PREPARED.incrementAndGet();
                Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                int[] batched = new int[1];
                return proxy(type, statement, (m, r) -> {
                    switch (m.getName()) {
                        case "addBatch" -> batched[0]++;
                        case "executeBatch", "executeLargeBatch" -> {
                            EXECUTED.addAndGet(batched[0]);
                            batched[0] = 0;
                        }
                        case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" ->
                                EXECUTED.incrementAndGet();
                        default -> {
                        }
                    }
                    return r;
                });
            }
            return result;
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<?> type, T target, BiFunction<Method, Object, Object> after) {
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
                if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
                        && wanted.isInstance(p)) {
                    return p;
                }
                try {
                    return after.apply(method, method.invoke(target, args));
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        }
    }

    // ------------------------------------------------------------------ import

    private void importPhase(int rows, int warmups, int runs) throws Exception {
        RetroFileReader reader = context.getBean(RetroFileReader.class);
        GapImportService imports = context.getBean(GapImportService.class);
        for (int run = 0; run < warmups + runs; run++) {
            boolean measured = run >= warmups;
            ImportTeam team = importTeam(200);
            BenchData.RetroFile file = BenchData.retroWorkbook(rows, team.data(), 20260522L);
            if (run == 0) {
                notes.add(String.format(Locale.ROOT, "import file: %,d rows, %,d KB; %d near-duplicates of earlier"
                                + " rows, %d of the 200 gaps on the board, %d invalid rows", file.rows(),
                        file.bytes().length >> 10, file.nearDuplicates(), file.boardDuplicates(), file.invalid()));
            }
            Recorder recorder = new Recorder();
            RetroSheet sheet = recorder.measure(String.format(Locale.ROOT, "import %,d rows: read xlsx (RetroFileReader)", rows), () ->
                    reader.read("retro-export.xlsx", new ByteArrayInputStream(file.bytes()), file.bytes().length,
                            null));
            List<GapImportRow> importRows = sheet.rows().stream().map(r -> new GapImportRow(r.rowNumber(), r.title(),
                    r.description(), r.votes(), r.source(), r.date(), r.owner())).toList();
            List<GapImportPreview> previews = recorder.measure("import: preview",
                    () -> imports.preview(team.manager(), team.id(), importRows));
            Map<Integer, GapImportDecision> decisions = new HashMap<>();
            previews.forEach(p -> decisions.put(p.rowNumber(), p.proposed()));
            GapImportSummary summary = recorder.measure("import: commit",
                    () -> imports.commit(team.manager(), team.id(), importRows, decisions));
            check(summary.imported() + summary.merged() + summary.skipped() == rows, "every row has an outcome");
            recorder.total("import: total (read + preview + commit)");
            if (run == 0) {
                long proposedMerges = previews.stream().filter(p -> p.proposed().action() == GapImportAction.MERGE_INTO)
                        .count();
                notes.add(String.format(Locale.ROOT, "import outcome: %,d imported, %,d merged into board gaps,"
                                + " %,d skipped (proposed merges %d)", summary.imported(), summary.merged(),
                        summary.skipped(), proposedMerges));
            }
            report(run, warmups, recorder, measured);
        }
    }

    private record ImportTeam(long id, Actor manager, BenchData.Team data) {
    }

    /** A fresh team, so earlier runs' gaps do not turn this run's rows into duplicates. */
    private ImportTeam importTeam(int boardGaps) throws Exception {
        Team team = newTeam("Import", 15);
        List<String> board;
        try (Connection connection = database.connect()) {
            board = BenchData.insertOpenGaps(connection, team.id(), team.people(), boardGaps, 7L);
        }
        LocalDate today = LocalDate.ofInstant(BenchData.GENERATED_AT, ZONE);
        return new ImportTeam(team.id(), team.manager(),
                new BenchData.Team(team.emails(), team.names(), board, today));
    }

    // ------------------------------------------------------------------ export

    private void exportPhase(int count, int warmups, int runs) throws Exception {
        GapSheetExport export = context.getBean(GapSheetExport.class);
        Team team = newTeam("Export", 20);
        long insertStart = System.nanoTime();
        try (Connection connection = database.connect()) {
            BenchData.insertGaps(connection, team.id(), team.people(), count, 11L);
        }
        notes.add(String.format(Locale.ROOT, "export data: %,d gaps inserted with JDBC batches in %,d ms", count,
                (System.nanoTime() - insertStart) / 1_000_000));
        explainExportChunk(team.id());
        GapExportService exports = context.getBean(GapExportService.class);
        for (int run = 0; run < warmups + runs; run++) {
            Recorder recorder = new Recorder();
            long[] read = new long[1];
            recorder.measure("export: read only (GapExportService, no file)", () -> {
                exports.forEachExportRow(team.manager(), team.id(), row -> read[0]++);
                return read[0];
            });
            check(read[0] == count, "rows read: " + read[0]);
            CountingOutputStream xlsx = new CountingOutputStream();
            long written = recorder.measure(String.format(Locale.ROOT, "export: %,d gaps to xlsx (GapSheetExport)", count),
                    () -> export.writeXlsx(team.manager(), team.id(), team.name(), xlsx));
            check(written == count, "rows exported: " + written);
            CountingOutputStream csv = new CountingOutputStream();
            recorder.measure("export: same gaps to csv, for comparison",
                    () -> export.writeCsv(team.manager(), team.id(), csv));
            if (run == 0) {
                notes.add(String.format(Locale.ROOT, "export files: xlsx %,d KB, csv %,d KB", xlsx.count() >> 10,
                        csv.count() >> 10));
            }
            report(run, warmups, recorder, run >= warmups);
        }
    }

    /**
     * How the server runs the export's chunk query (the SQL Hibernate generates for findExportChunk, written out):
     * whether it walks an index in id order or sorts the team's gaps for every chunk.
     */
    private void explainExportChunk(long teamId) throws Exception {
        String chunk = "select g.id, g.title, (select count(v.id) from gap_vote v where v.gap_id = g.id),"
                + " g.merged_into_id is not null from knowledge_gap g where g.team_id = ? and g.id > ?"
                + " and (g.confidential = false or 1 = 1 or g.reporter_id = 0) order by g.id limit 5000";
        try (Connection connection = database.connect()) {
            long middle;
            try (PreparedStatement median = connection.prepareStatement(
                    "select min(id) + (max(id) - min(id)) / 2 from knowledge_gap where team_id = ?")) {
                median.setLong(1, teamId);
                try (ResultSet rs = median.executeQuery()) {
                    rs.next();
                    middle = rs.getLong(1);
                }
            }
            for (long afterId : new long[] {0, middle}) {
                try (PreparedStatement explain = connection.prepareStatement("explain " + chunk)) {
                    explain.setLong(1, teamId);
                    explain.setLong(2, afterId);
                    try (ResultSet rs = explain.executeQuery()) {
                        while (rs.next()) {
                            notes.add(String.format(Locale.ROOT, "export chunk plan (after id %s): table %s, type %s,"
                                            + " key %s, rows %s, extra %s", afterId == 0 ? "0" : "median",
                                    rs.getString("table"), rs.getString("type"), rs.getString("key"),
                                    rs.getString("rows"), rs.getString("Extra")));
                        }
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ set-up through the services

    private record Team(long id, String name, Actor manager, List<Long> people, List<String> emails,
                        List<String> names) {
    }

    /** A team, its manager and {@code members} members, created by the system administrator as WebFixtures does. */
    private Team newTeam(String purpose, int members) {
        TeamService teamService = context.getBean(TeamService.class);
        int n = ++teams;
        String name = purpose + " bench " + n;
        long teamId = teamService.createTeam(SYSTEM, new TeamSettings(name, ZONE, DayOfWeek.THURSDAY,
                LocalTime.of(12, 0), 60, Cadence.EVERY_TWO_WEEKS, null, null, null)).id();
        LocalDate joined = LocalDate.of(2024, 1, 8);
        List<Long> ids = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= members; i++) {
            String fullName = (i == 0 ? "Morgan Manager" : "Member " + (char) ('A' + i % 26) + "ster " + i)
                    + " " + n;
            String email = "t" + n + ".p" + i + "@bench.example";
            long id = teamService.addNewPerson(SYSTEM, teamId, PersonProfile.basic(fullName, email, ZONE),
                    new MembershipTerms(i == 0 ? TeamRole.MANAGER : TeamRole.MEMBER, true, joined)).personId();
            ids.add(id);
            emails.add(email);
            names.add(fullName);
        }
        return new Team(teamId, name, new Actor(ids.getFirst(), false), ids, emails, names);
    }

    // ------------------------------------------------------------------ measuring

    private record Sample(long millis, long poolPeakBytes, long sampledPeakBytes, long statements, long roundTrips) {
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    /** One run's sub-phases, measured one after the other; a full GC first so every run starts alike. */
    private final class Recorder {
        private final Map<String, Sample> samples = new LinkedHashMap<>();

        Recorder() {
            System.gc();
        }

        <T> T measure(String name, Work<T> work) throws Exception {
            statistics.clear();
            long prepared = JdbcCounter.PREPARED.get();
            long executed = JdbcCounter.EXECUTED.get();
            HeapSampler sampler = HeapSampler.begin();
            long start = System.nanoTime();
            T result = work.run();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long sampled = sampler.end();
            long poolPeak = sampler.poolPeakSum();
            samples.put(name, new Sample(millis, poolPeak, sampled, JdbcCounter.PREPARED.get() - prepared,
                    JdbcCounter.EXECUTED.get() - executed));
            return result;
        }

        void total(String name) {
            long millis = 0;
            long poolPeak = 0;
            long sampled = 0;
            long statements = 0;
            long roundTrips = 0;
            for (Sample s : samples.values()) {
                millis += s.millis();
                poolPeak = Math.max(poolPeak, s.poolPeakBytes());
                sampled = Math.max(sampled, s.sampledPeakBytes());
                statements += s.statements();
                roundTrips += s.roundTrips();
            }
            samples.put(name, new Sample(millis, poolPeak, sampled, statements, roundTrips));
        }
    }

    private void report(int run, int warmups, Recorder recorder, boolean measured) {
        StringBuilder line = new StringBuilder(measured ? "run " + (run - warmups + 1) : "warm-up " + (run + 1));
        recorder.samples.forEach((name, s) -> {
            line.append(String.format(Locale.ROOT, " | %s %,d ms, %d MB, %,d stmts, %,d trips",
                    name.replaceFirst(" \\(.*", ""), s.millis(), s.poolPeakBytes() >> 20, s.statements(),
                    s.roundTrips()));
            if (measured) {
                results.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
            }
        });
        System.out.println(line);
    }

    private void printTable(String phase, int warmups, int runs) {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long retained = runtime.totalMemory() - runtime.freeMemory();
        System.out.println();
        System.out.printf(Locale.ROOT, "Gap pipeline benchmark (%s): JVM %s, %d CPUs, Runtime.maxMemory %d MB,"
                        + " heap used after GC (application context) %d MB, load average %.1f, %d warm-ups,"
                        + " %d measured runs%n", phase, Runtime.version(), runtime.availableProcessors(),
                runtime.maxMemory() >> 20, retained >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), warmups, runs);
        notes.forEach(n -> System.out.println("  " + n));
        System.out.printf(Locale.ROOT, "%-48s %8s %8s %8s %14s %14s %10s %11s%n", "phase", "median", "min", "max",
                "heap peak pool", "heap peak smpl", "statements", "round trips");
        results.forEach((name, samples) -> {
            Stats millis = Stats.of(samples.stream().mapToLong(Sample::millis).toArray());
            long poolPeak = samples.stream().mapToLong(Sample::poolPeakBytes).max().orElse(0);
            long sampledPeak = samples.stream().mapToLong(Sample::sampledPeakBytes).max().orElse(0);
            long statements = Stats.of(samples.stream().mapToLong(Sample::statements).toArray()).median();
            long roundTrips = Stats.of(samples.stream().mapToLong(Sample::roundTrips).toArray()).median();
            System.out.printf(Locale.ROOT, "%-48s %6d ms %5d ms %5d ms %11d MB %11d MB %10d %11d%n", name,
                    millis.median(), millis.min(), millis.max(), poolPeak >> 20, sampledPeak >> 20, statements,
                    roundTrips);
        });
        System.out.println("(heap peak pool: max over runs of the sum of the heap pools' peak usage since a reset;"
                + " heap peak smpl: max used heap seen by a 1 ms sampler; both include the application context;"
                + " statements: prepared or created on the application's connections, by Hibernate or plain JDBC;"
                + " round trips: executions, each entry of a JDBC batch counted)");
    }

    /** Counts and discards: the export's cost without the disk's. */
    private static final class CountingOutputStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        long count() {
            return count;
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark sanity check failed: " + what);
        }
    }

    // ------------------------------------------------------------------ the database of this run

    /** A database of its own on the server from PLANNER_TEST_DB_URL, created by plain JDBC and dropped at the end. */
    private record Database(String server, String name, String params, String user, String password) {

        static Database create() throws Exception {
            String url = envOr("PLANNER_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/planner_bench");
            Matcher m = MYSQL_URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalStateException("PLANNER_TEST_DB_URL must look like jdbc:mysql://HOST:PORT/PREFIX");
            }
            String prefix = m.group(2) == null ? "planner_bench" : m.group(2).toLowerCase(Locale.ROOT);
            // named by the real time, like TestDatabase, so leftovers can be told by age
            String name = prefix + "_" + LocalDateTime.now(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
            String params = m.group(3) == null || m.group(3).isBlank() ? APP_PARAMS : APP_PARAMS + "&" + m.group(3);
            Database database = new Database(m.group(1), name, params, envOr("PLANNER_TEST_DB_USER", "root"),
                    envOr("PLANNER_TEST_DB_PASSWORD", ""));
            try (Connection connection = DriverManager.getConnection(database.server() + "/", database.user(),
                    database.password())) {
                connection.createStatement().execute("CREATE DATABASE `" + name
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return database;
        }

        String appUrl() {
            return server + "/" + name + "?" + params;
        }

        /** For bulk inserts: the driver folds a batch into multi-row inserts. */
        Connection connect() throws Exception {
            return DriverManager.getConnection(appUrl() + "&rewriteBatchedStatements=true", user, password);
        }

        void drop() {
            try (Connection connection = DriverManager.getConnection(server + "/", user, password)) {
                connection.createStatement().execute("DROP DATABASE IF EXISTS `" + name + "`");
                System.out.println("dropped database " + name);
            } catch (Exception e) {
                System.err.println("Could not drop database " + name + ": " + e.getMessage());
            }
        }

        private static String envOr(String variable, String fallback) {
            String value = System.getenv(variable);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
