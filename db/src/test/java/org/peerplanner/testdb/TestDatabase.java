package org.peerplanner.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Chooses the real database integration tests run on, once per test JVM:
 * <ol>
 *   <li>{@code PLANNER_TEST_DB_URL} (+ {@code _USER}, {@code _PASSWORD}): a MySQL or MariaDB server.
 *       The database named in the URL is only a prefix: each test JVM creates its own
 *       {@code <prefix>_<utc timestamp>_<random>} and drops it on exit, so runs never see each
 *       other's data. Leftovers of killed runs older than a day are dropped too.</li>
 *   <li>Docker available: MySQL 8.4 in Testcontainers (see {@link TestDatabaseConfiguration}).</li>
 *   <li>Otherwise embedded H2 in MySQL mode, announced by one log line.</li>
 * </ol>
 */
public final class TestDatabase {

    public enum Kind { EXTERNAL, TESTCONTAINERS, EMBEDDED_H2 }

    /** Where to connect. For {@link Kind#TESTCONTAINERS} the container supplies it instead. */
    public record Connection(String url, String user, String password) {
    }

    public static final String URL_VARIABLE = "PLANNER_TEST_DB_URL";
    public static final String USER_VARIABLE = "PLANNER_TEST_DB_USER";
    public static final String PASSWORD_VARIABLE = "PLANNER_TEST_DB_PASSWORD";
    public static final String MYSQL_IMAGE = "mysql:8.4";

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static final Pattern MYSQL_URL = Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/?]+)/([A-Za-z0-9_]+)?(\\?.*)?$");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final List<Runnable> CLEANUPS = new ArrayList<>();

    private static Kind kind;
    private static Connection shared;

    private TestDatabase() {
    }

    /** Which kind of database this JVM's tests use. */
    public static synchronized Kind kind() {
        if (kind == null) {
            kind = choose();
        }
        return kind;
    }

    /** The database shared by all Spring contexts of this JVM (not used for Testcontainers). */
    public static synchronized Connection shared() {
        if (shared == null) {
            shared = freshDatabase("run");
        }
        return shared;
    }

    /**
     * A new, empty database or schema on the chosen server, dropped when the JVM exits. For tests
     * that must start from nothing, such as applying every migration.
     */
    public static synchronized Connection freshDatabase(String purpose) {
        return switch (kind()) {
            case EXTERNAL -> createExternalDatabase(purpose);
            case EMBEDDED_H2 -> new Connection("jdbc:h2:mem:planner_" + purpose + "_" + randomSuffix()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                    "sa", "");
            case TESTCONTAINERS -> throw new IllegalStateException(
                    "With Docker the database comes from a Testcontainers MySQL container");
        };
    }

    private static Kind choose() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            LOG.info("Integration tests use the database server at {} ({})", serverPart(url), URL_VARIABLE);
            return Kind.EXTERNAL;
        }
        if (dockerAvailable()) {
            LOG.info("Integration tests use Testcontainers {}", MYSQL_IMAGE);
            return Kind.TESTCONTAINERS;
        }
        LOG.warn("MySQL was NOT used: integration tests run on embedded H2 in MySQL mode because {} is not set "
                + "and Docker is not available. To test on MySQL/MariaDB, set {}=jdbc:mysql://HOST:3306/planner_test "
                + "with {} and {}, or start Docker.", URL_VARIABLE, URL_VARIABLE, USER_VARIABLE, PASSWORD_VARIABLE);
        return Kind.EMBEDDED_H2;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) { // NOSONAR: any failure to reach Docker means "no Docker"
            return false;
        }
    }

    private static Connection createExternalDatabase(String purpose) {
        String url = System.getenv(URL_VARIABLE);
        Matcher m = MYSQL_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException(URL_VARIABLE + " must look like jdbc:mysql://HOST:PORT/PREFIX, was " + url);
        }
        String server = m.group(1);
        String prefix = m.group(2) == null ? "planner_test" : m.group(2).toLowerCase(Locale.ROOT);
        String params = m.group(3) == null ? "" : m.group(3);
        String user = envOr(USER_VARIABLE, "root");
        String password = envOr(PASSWORD_VARIABLE, "");
        // The real time on purpose (not the test clock): it tells leftovers of killed runs by their age.
        String name = prefix + "_" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_" + purpose + "_" + randomSuffix();
        try (var connection = DriverManager.getConnection(server + "/" + params, user, password);
             var statement = connection.createStatement()) {
            dropStaleDatabases(connection, prefix);
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on " + server, e);
        }
        registerDrop(server + "/" + params, user, password, name);
        return new Connection(server + "/" + name + params, user, password);
    }

    /** Databases of earlier runs that were killed before they could drop their own. */
    private static void dropStaleDatabases(java.sql.Connection connection, String prefix) throws SQLException {
        String cutoff = LocalDateTime.now(ZoneOffset.UTC).minusDays(1).format(STAMP);
        Pattern ours = Pattern.compile(Pattern.quote(prefix) + "_(\\d{14})_[a-z]+_[a-z0-9]{6}");
        List<String> stale = new ArrayList<>();
        try (var rs = connection.createStatement().executeQuery("SHOW DATABASES")) {
            while (rs.next()) {
                Matcher m = ours.matcher(rs.getString(1));
                if (m.matches() && m.group(1).compareTo(cutoff) < 0) {
                    stale.add(rs.getString(1));
                }
            }
        }
        for (String name : stale) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    private static void registerDrop(String serverUrl, String user, String password, String name) {
        if (CLEANUPS.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> CLEANUPS.forEach(Runnable::run), "drop-test-databases"));
        }
        CLEANUPS.add(() -> {
            try (var connection = DriverManager.getConnection(serverUrl, user, password)) {
                connection.createStatement().execute("DROP DATABASE IF EXISTS `" + name + "`");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        });
    }

    private static String serverPart(String url) {
        Matcher m = MYSQL_URL.matcher(url);
        return m.matches() ? m.group(1) : url;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static String randomSuffix() {
        String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
        var sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append(chars.charAt(ThreadLocalRandom.current().nextInt(chars.length())));
        }
        return sb.toString();
    }
}
