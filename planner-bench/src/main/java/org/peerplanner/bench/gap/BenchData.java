package org.peerplanner.bench.gap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.peerplanner.bench.support.RetroWorkbook;

/**
 * What the benchmark feeds the application: a retrospective export as a manager would upload it, and a team's
 * worth of gaps written straight into the database. Seeded, so every run does the same work.
 */
final class BenchData {

    /** Generated rows are dated from a fixed instant, so two runs of a benchmark measure the same data. */
    static final Instant GENERATED_AT = Instant.parse("2026-06-10T09:00:00Z");

    private static final String[] VERBS = {"Debugging", "Tuning", "Testing", "Monitoring", "Migrating", "Securing",
            "Scaling", "Documenting", "Profiling", "Upgrading", "Designing", "Reviewing", "Automating", "Deploying",
            "Troubleshooting", "Benchmarking", "Caching", "Refactoring", "Versioning", "Rolling back"};
    private static final String[] TECH = {"Kafka", "Kubernetes", "Postgres", "MariaDB", "Terraform", "GraphQL",
            "gRPC", "Redis", "Elasticsearch", "OpenTelemetry", "Grafana", "Prometheus", "Helm", "ArgoCD", "Vault",
            "Spring Security", "Hibernate", "Flyway", "Vaadin", "React", "TypeScript", "Gradle", "Maven", "Docker",
            "Istio", "Envoy", "Nginx", "RabbitMQ", "Airflow", "Spark", "Snowflake", "dbt", "Jenkins",
            "GitHub Actions", "Sentry", "Datadog", "OAuth2", "Keycloak", "WebSockets", "Lambda", "S3", "CloudFront",
            "Cassandra", "MongoDB", "Go", "Rust", "Kotlin coroutines", "virtual threads", "JFR", "async-profiler",
            "Testcontainers", "Playwright", "Cypress", "Pact", "OpenAPI", "Protobuf", "Avro", "Debezium", "Zookeeper",
            "Consul"};
    private static final String[] ASPECTS = {"consumer lag", "liveness probes", "query plans", "rate limits",
            "schema drift", "retries", "timeouts", "connection pools", "memory leaks", "cold starts", "dead letters",
            "backpressure", "idempotency", "sharding", "replication", "failover", "secrets rotation", "certificates",
            "feature flags", "dashboards", "alert fatigue", "trace sampling", "log volume", "flaky tests",
            "build times", "dependency updates", "canary releases", "blue-green switches", "cache invalidation",
            "batch jobs", "migrations", "permissions", "audit trails", "error budgets", "load shedding",
            "thread dumps", "heap dumps", "GC pauses", "index bloat", "deadlocks"};
    private static final String[] COMPONENTS = {"checkout", "billing", "ledger", "search", "payments", "onboarding",
            "invoicing", "catalogue", "pricing", "shipping", "notifications", "reporting", "identity", "inventory",
            "recommendations", "analytics", "scheduler", "gateway", "warehouse", "subscriptions", "refunds",
            "loyalty", "chat", "feeds", "uploads", "exports", "partner API", "mobile backend", "admin console",
            "data lake", "fraud checks", "tax engine", "booking", "routing", "metering", "quotas", "webhooks",
            "ETL", "tenant setup", "calendar sync"};
    private static final String[] CONTEXTS = {"under load", "during on-call", "before releases", "across regions",
            "for new joiners", "after incidents", "at month end", "in staging", "on Black Friday", "during upgrades",
            "at night", "with partners", "in production", "during migrations", "for audits", "in CI",
            "with customers", "on mobile", "after failover", "at scale"};
    /** What people type in a retro tool's category column: mostly words the import understands, some it does not. */
    private static final String[] SOURCES = {"Retro", "Retrospective", "sprint retro", "1:1", "one on one",
            "Post-mortem", "post mortem", "incident", "Onboarding", "new hire", "bug", "Recurring bug", "new tech",
            "Technology", "misc", "Other", "", "Hackathon", "Survey", "Architecture review"};
    private static final String[] UNKNOWN_OWNERS = {"Zoë Ångström", "José Müller", "李雷", "Priya Natarajan",
            "Sam O'Neill", "former colleague", "Team Orion", "n/a"};

    private BenchData() {
    }

    private static final String[] SYLLABLES = {"zan", "kor", "vel", "mir", "tas", "lun", "dro", "pex", "quin", "sol",
            "bar", "nim", "rho", "gal", "fen", "tor", "wix", "yam", "cel", "jor"};

    /** "Debugging Kafka consumer lag in Velmir checkout under load": a team's own component names keep topics apart. */
    static String title(Random random) {
        String codename = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
        return VERBS[random.nextInt(VERBS.length)] + " " + TECH[random.nextInt(TECH.length)] + " "
                + ASPECTS[random.nextInt(ASPECTS.length)] + " in "
                + Character.toUpperCase(codename.charAt(0)) + codename.substring(1) + " "
                + COMPONENTS[random.nextInt(COMPONENTS.length)]
                + (random.nextInt(10) < 3 ? " " + CONTEXTS[random.nextInt(CONTEXTS.length)] : "");
    }

    /** The same topic as someone else wrote it: a typo, other case, the context left out or the words moved. */
    static String nearDuplicate(String title, Random random) {
        if (!title.contains(" in ")) { // already someone's rewording
            return typo(title, random);
        }
        return switch (random.nextInt(4)) {
            case 0 -> typo(title, random);
            case 1 -> title.toLowerCase(Locale.ROOT) + "?";
            case 2 -> title.substring(0, title.lastIndexOf(" in ")) + " (again)"; // may drop enough words to look new
            default -> {
                int in = title.lastIndexOf(" in ");
                yield title.substring(in + 4) + ": " + title.substring(0, in).toLowerCase(Locale.ROOT);
            }
        };
    }

    /** Close enough to be proposed for merging into the board gap (similarity at least 0.8). */
    static String boardDuplicate(String title, Random random) {
        return random.nextBoolean() ? typo(title, random) : title.toUpperCase(Locale.ROOT);
    }

    private static String typo(String title, Random random) {
        int at = 3 + random.nextInt(title.length() - 5);
        char[] chars = title.toCharArray();
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        return new String(chars);
    }

    /** Who the retro export names as owner, and the board the rows meet. */
    record Team(List<String> memberEmails, List<String> memberNames, List<String> boardTitles, LocalDate today) {
    }

    /** What the generated file holds, to check the import against. */
    record RetroFile(byte[] bytes, int rows, int nearDuplicates, int boardDuplicates, int invalid) {
    }

    /**
     * A retrospective export of {@code rows} items: Title, Description, Votes, Source, Date (real date cells, a few
     * typed as text), Owner. About 5% of the titles are near-duplicates of earlier rows and 1% of gaps already on the
     * board; about 0.5% of the rows cannot be imported (no title, or a date in the future).
     */
    static RetroFile retroWorkbook(int rows, Team team, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> titles = new ArrayList<>(rows);
        int nearDuplicates = 0;
        int boardDuplicates = 0;
        int invalid = 0;
        RetroWorkbook retro = RetroWorkbook.start("Retro items");
        SXSSFWorkbook workbook = retro.workbook();
        try {
            SXSSFSheet sheet = retro.sheet();
            CellStyle dateStyle = retro.dateStyle();
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                int kind = random.nextInt(1000);
                String title;
                if (kind < 50 && !titles.isEmpty()) {
                    title = nearDuplicate(titles.get(random.nextInt(titles.size())), random);
                    nearDuplicates++;
                } else if (kind < 60 && !team.boardTitles().isEmpty()) {
                    title = boardDuplicate(team.boardTitles().get(random.nextInt(team.boardTitles().size())), random);
                    boardDuplicates++;
                } else {
                    title = title(random);
                }
                boolean noTitle = kind >= 995;
                boolean future = kind >= 990 && kind < 995;
                if (noTitle || future) {
                    invalid++;
                }
                titles.add(title);
                if (!noTitle) {
                    row.createCell(0).setCellValue(title);
                }
                if (random.nextInt(10) < 7) {
                    row.createCell(1).setCellValue(description(random, r));
                }
                if (random.nextInt(10) < 9) {
                    row.createCell(2).setCellValue(random.nextInt(13));
                }
                row.createCell(3).setCellValue(SOURCES[random.nextInt(SOURCES.length)]);
                LocalDate date = future ? team.today().plusDays(30) : team.today().minusDays(random.nextInt(730));
                var cell = row.createCell(4);
                if (random.nextInt(20) == 0) {
                    cell.setCellValue(date.toString()); // typed as text, as some tools export
                } else {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                }
                row.createCell(5).setCellValue(owner(random, team));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            workbook.write(out);
            return new RetroFile(out.toByteArray(), rows, nearDuplicates, boardDuplicates, invalid);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** 60% a member's email, 15% a member's name, 15% somebody the team does not know, 10% nobody. */
    private static String owner(Random random, Team team) {
        int pick = random.nextInt(100);
        if (pick < 60) {
            String email = team.memberEmails().get(random.nextInt(team.memberEmails().size()));
            return pick < 5 ? email.toUpperCase(Locale.ROOT) : email;
        }
        if (pick < 75) {
            return team.memberNames().get(random.nextInt(team.memberNames().size()));
        }
        if (pick < 90) {
            return UNKNOWN_OWNERS[random.nextInt(UNKNOWN_OWNERS.length)];
        }
        return "";
    }

    private static String description(Random random, int i) {
        String first = "Came up " + CONTEXTS[random.nextInt(CONTEXTS.length)] + ": nobody on the team has gone deep on "
                + TECH[random.nextInt(TECH.length)] + " " + ASPECTS[random.nextInt(ASPECTS.length)] + " yet.";
        return switch (random.nextInt(4)) {
            case 0 -> first;
            case 1 -> first + " We lost half a day on it in sprint " + (i % 40) + ".";
            case 2 -> first + "\nNext steps: pair on it, write down what we learn, link the runbook and the incident"
                    + " ticket INC-" + (1000 + i) + " so the next person does not start from zero.";
            default -> "Ask " + COMPONENTS[random.nextInt(COMPONENTS.length)] + " folks. " + first;
        };
    }

    // ------------------------------------------------------------------ straight into the database

    private static final String INSERT_GAP = """
            insert into knowledge_gap (version, team_id, title, description, source, source_reference, urgency,
                confidential, origin, status, reporter_id, reported_on, imported_votes, created_at)
            values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String[] GAP_SOURCES = {"RETROSPECTIVE", "ONE_ON_ONE", "POST_MORTEM", "ONBOARDING_FRICTION",
            "RECURRING_BUG", "NEW_TECHNOLOGY", "OTHER"};
    private static final String[] URGENCIES = {"LOW", "MEDIUM", "MEDIUM", "HIGH"};
    private static final String[] STATUSES = {"OPEN", "OPEN", "OPEN", "PLANNED", "ADDRESSED", "CLOSED", "DECLINED"};
    private static final String[] TAGS = {"backend", "frontend", "ops", "security", "data", "testing", "cloud",
            "observability", "architecture", "onboarding"};

    /**
     * {@code count} gaps of one team with plain batched inserts (the connection should have
     * {@code rewriteBatchedStatements=true}): mixed statuses, sources and urgencies, 5% confidential; 40% with one
     * to three tags, 20% with one to three member votes, 5% with a teaching offer. Returns the gaps' titles in id
     * order.
     */
    static List<String> insertGaps(Connection connection, long teamId, List<Long> people, int count, String[] status,
                                   long seed) throws SQLException {
        Random random = new Random(seed);
        List<String> titles = new ArrayList<>(count);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Timestamp now = Timestamp.from(GENERATED_AT);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_GAP)) {
            for (int i = 0; i < count; i++) {
                String title = title(random);
                titles.add(title);
                insert.setLong(1, teamId);
                insert.setString(2, title);
                insert.setString(3, random.nextInt(10) < 7 ? description(random, i) : null);
                insert.setString(4, GAP_SOURCES[random.nextInt(GAP_SOURCES.length)]);
                insert.setString(5, random.nextInt(5) == 0 ? "RETRO-" + (i / 50) : null);
                insert.setString(6, URGENCIES[random.nextInt(URGENCIES.length)]);
                insert.setBoolean(7, random.nextInt(20) == 0);
                insert.setString(8, random.nextInt(3) == 0 ? "IMPORTED" : "LOGGED");
                insert.setString(9, status[random.nextInt(status.length)]);
                insert.setLong(10, people.get(random.nextInt(people.size())));
                insert.setObject(11, LocalDate.ofInstant(GENERATED_AT, ZoneOffset.UTC).minusDays(random.nextInt(1000)));
                insert.setInt(12, random.nextInt(4) == 0 ? random.nextInt(20) : 0);
                insert.setTimestamp(13, now);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
            List<Long> ids = new ArrayList<>(count);
            try (PreparedStatement select = connection.prepareStatement(
                    "select id from knowledge_gap where team_id = ? order by id")) {
                select.setLong(1, teamId);
                try (var rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            insertLinks(connection, ids, people, random, now);
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return titles;
    }

    static List<String> insertGaps(Connection connection, long teamId, List<Long> people, int count, long seed)
            throws SQLException {
        return insertGaps(connection, teamId, people, count, STATUSES, seed);
    }

    /** Open gaps only: the board an import meets. */
    static List<String> insertOpenGaps(Connection connection, long teamId, List<Long> people, int count, long seed)
            throws SQLException {
        return insertGaps(connection, teamId, people, count, new String[] {"OPEN", "OPEN", "OPEN", "PLANNED"}, seed);
    }

    private static void insertLinks(Connection connection, List<Long> ids, List<Long> people, Random random,
                                    Timestamp now) throws SQLException {
        try (PreparedStatement tag = connection.prepareStatement("insert into gap_tag (gap_id, tag) values (?, ?)");
             PreparedStatement vote = connection.prepareStatement(
                     "insert into gap_vote (gap_id, person_id, voted_at) values (?, ?, ?)");
             PreparedStatement offer = connection.prepareStatement(
                     "insert into gap_offer (gap_id, person_id, note, offered_at) values (?, ?, ?, ?)")) {
            for (long id : ids) {
                if (random.nextInt(10) < 4) {
                    int first = random.nextInt(TAGS.length);
                    int n = 1 + random.nextInt(3);
                    for (int t = 0; t < n; t++) {
                        tag.setLong(1, id);
                        tag.setString(2, TAGS[(first + t) % TAGS.length]);
                        tag.addBatch();
                    }
                }
                if (random.nextInt(10) < 2) {
                    int first = random.nextInt(people.size());
                    int n = Math.min(people.size(), 1 + random.nextInt(3));
                    for (int v = 0; v < n; v++) {
                        vote.setLong(1, id);
                        vote.setLong(2, people.get((first + v) % people.size()));
                        vote.setTimestamp(3, now);
                        vote.addBatch();
                    }
                }
                if (random.nextInt(20) == 0) {
                    offer.setLong(1, id);
                    offer.setLong(2, people.get(random.nextInt(people.size())));
                    offer.setString(3, "Happy to run a lunch & learn on this.");
                    offer.setTimestamp(4, now);
                    offer.addBatch();
                }
            }
            tag.executeBatch();
            vote.executeBatch();
            offer.executeBatch();
        }
    }
}
