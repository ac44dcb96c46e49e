package org.peerplanner.bench.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.peerplanner.bench.support.Services;
import org.peerplanner.bench.support.Stats;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.knowledge.ArticleSearch;
import org.peerplanner.domain.people.SignInService;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.team.Cadence;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSettings;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Knowledge base search over 100,000 articles (not a test; see docs/benchmarks.md). Boots the domain
 * on an H2 file database and a local-filesystem Lucene index under a work directory, writes the
 * articles with plain JDBC (~300-word bodies over a vocabulary of a few hundred technical words with
 * a Zipf-like distribution, 1-4 tags, spread over 50 teams), rebuilds the index with the mass
 * indexer, then times {@link ArticleSearch#search} for one viewer in three teams: warm-up queries,
 * then measured ones, each a fresh mix of one to three words, phrases and prefixes.
 *
 * <p>Arguments: articles (100000), measured queries (1000), work directory (target/kb-bench), and "reuse" to
 * search the database and index an earlier run left in the work directory instead of building them again.
 */
public final class KnowledgeSearchBenchmark {

    static final String[] WORDS = Vocabulary.WORDS;
    private static final Actor SYSTEM_ADMIN = new Actor(-1, true);

    private KnowledgeSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path work = Path.of(args.length > 2 ? args[2] : "target/kb-bench").toAbsolutePath();
        boolean reuse = args.length > 3 && args[3].equals("reuse") && Files.exists(work.resolve("index"));
        if (!reuse) {
            deleteRecursively(work);
            Files.createDirectories(work);
        }
        // Command-line arguments: they outrank application.properties.
        try (ConfigurableApplicationContext context = Services.start(new Class<?>[0],
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + work.resolve("index"),
                "--logging.level.root=WARN")) {
            if (reuse) {
                long viewer = context.getBean(SignInService.class).signInAccount("viewer@example.com").orElseThrow()
                        .personId();
                System.out.printf("reusing %s; index size %,.1f MB%n", work, size(work.resolve("index")) / 1e6);
                run(context.getBean(ArticleSearch.class), new Actor(viewer, false), queries);
                return;
            }
            var setup = setUp(context);
            long t0 = System.nanoTime();
            insert(context.getBean(DataSource.class), setup.teamIds(), setup.authorId(), articles);
            long inserted = System.nanoTime();
            var emf = context.getBean(jakarta.persistence.EntityManagerFactory.class);
            Search.mapping(emf).scope(Object.class).massIndexer().threadsToLoadObjects(2).batchSizeToLoadObjects(200)
                    .startAndWait();
            long indexed = System.nanoTime();
            System.out.printf("articles: %,d in %d teams; insert %,d ms; mass index %,d ms; index size %,.1f MB%n",
                    articles, setup.teamIds().size(), (inserted - t0) / 1_000_000, (indexed - inserted) / 1_000_000,
                    size(work.resolve("index")) / 1e6);
            run(context.getBean(ArticleSearch.class), setup.viewer(), queries);
        }
    }

    private record Setup(List<Long> teamIds, long authorId, Actor viewer) {
    }

    private static Setup setUp(ConfigurableApplicationContext context) {
        var teams = context.getBean(TeamService.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(teams.createTeam(SYSTEM_ADMIN, new TeamSettings("Team " + i, ZoneId.of("Europe/Berlin"), DayOfWeek.TUESDAY,
                    LocalTime.NOON, 45, Cadence.WEEKLY, null, null, "Room 4.01")).id());
        }
        var terms = new MembershipTerms(TeamRole.MEMBER, true, LocalDate.of(2026, 1, 5));
        long viewer = teams.addNewPerson(SYSTEM_ADMIN, ids.get(0),
                PersonProfile.basic("Viewer", "viewer@example.com", ZoneId.of("UTC")), terms).personId();
        teams.addExistingPerson(SYSTEM_ADMIN, ids.get(1), "viewer@example.com", terms);
        teams.addExistingPerson(SYSTEM_ADMIN, ids.get(2), "viewer@example.com", terms);
        return new Setup(ids, viewer, new Actor(viewer, false));
    }

    private static void insert(DataSource dataSource, List<Long> teamIds, long authorId, int count) throws Exception {
        var random = new Random(42);
        try (Connection c = dataSource.getConnection();
             var article = c.prepareStatement("INSERT INTO article (id, version, team_id, title, body, review_by, author_id,"
                     + " revision, created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, 1, ?, ?)");
             var tag = c.prepareStatement("INSERT INTO article_tag (article_id, tag) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            Instant now = Instant.parse("2026-06-10T09:00:00Z"); // fixed, so every run searches the same data
            for (int id = 1; id <= count; id++) {
                article.setLong(1, id);
                article.setLong(2, teamIds.get(random.nextInt(teamIds.size())));
                article.setString(3, capitalised(words(random, 4 + random.nextInt(5))));
                article.setString(4, body(random));
                article.setDate(5, Date.valueOf(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(random.nextInt(400) - 30)));
                article.setLong(6, authorId);
                Timestamp at = Timestamp.from(now.minusSeconds(random.nextInt(86_400 * 365)));
                article.setTimestamp(7, at);
                article.setTimestamp(8, at);
                article.addBatch();
                for (String t : Stream.generate(() -> zipf(random)).limit(1 + random.nextInt(4)).distinct().toList()) {
                    tag.setLong(1, id);
                    tag.setString(2, t);
                    tag.addBatch();
                }
                if (id % 1_000 == 0) {
                    article.executeBatch();
                    tag.executeBatch();
                    c.commit();
                }
            }
            article.executeBatch();
            tag.executeBatch();
            c.commit();
        }
    }

    private static void run(ArticleSearch search, Actor viewer, int queries) {
        var random = new Random(7);
        for (int i = 0; i < Math.max(200, queries / 5); i++) {
            search.search(viewer, query(random), 0, 20);
        }
        long[] micros = new long[queries];
        long[] cpuMicros = new long[queries];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long hits = 0;
        for (int i = 0; i < queries; i++) {
            String q = query(random);
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            var page = search.search(viewer, q, 0, 20);
            micros[i] = (System.nanoTime() - start) / 1_000;
            cpuMicros[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000;
            hits += page.total();
        }
        System.out.printf("queries: %,d (first page of 20, highlighted); mean total hits %,d (counted up to %,d)%n",
                queries, hits / queries, ArticleSearch.EXACT_COUNT_UP_TO);
        System.out.println("wall:       " + percentiles(micros));
        System.out.println("thread CPU: " + percentiles(cpuMicros));
    }

    private static String percentiles(long[] micros) {
        Stats stats = Stats.of(micros);
        return String.format("median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", stats.median() / 1e3,
                stats.p95() / 1e3, stats.p99() / 1e3, stats.max() / 1e3);
    }

    /** One to three words; now and then a quoted phrase or a prefix, as people type them. */
    static String query(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return "\"" + zipf(random) + " " + zipf(random) + "\"";
        }
        if (kind == 1) {
            String w = zipf(random);
            return w.substring(0, Math.min(w.length(), 4)) + "*";
        }
        return words(random, 1 + random.nextInt(3));
    }

    static String body(Random random) {
        var text = new StringBuilder(2_400);
        int words = 250 + random.nextInt(100);
        for (int i = 0; i < words; i++) {
            text.append(zipf(random)).append(i % 14 == 13 ? ". " : " ");
        }
        return text.toString();
    }

    static String words(Random random, int n) {
        var out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(zipf(random));
        }
        return out.toString();
    }

    /** Word k comes with probability proportional to 1/(k+1): a few very common words, a long tail of rare ones. */
    static String zipf(Random random) {
        double u = random.nextDouble() * Vocabulary.HARMONIC;
        double sum = 0;
        for (int k = 0; k < WORDS.length; k++) {
            sum += 1.0 / (k + 1);
            if (sum >= u) {
                return WORDS[k];
            }
        }
        return WORDS[WORDS.length - 1];
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
