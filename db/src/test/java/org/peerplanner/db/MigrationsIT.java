package org.peerplanner.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peerplanner.testdb.TestDatabase;
import org.testcontainers.mysql.MySQLContainer;

/** Every migration applies to an empty database on whichever server the tests run on, and the constraints hold. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationsIT {

    private MySQLContainer container;
    private TestDatabase.Connection db;

    @BeforeAll
    void startContainerWhenUsingDocker() {
        if (TestDatabase.kind() == TestDatabase.Kind.TESTCONTAINERS) {
            container = new MySQLContainer(TestDatabase.MYSQL_IMAGE);
            container.start();
        }
    }

    /** Every test starts from a database with nothing in it. */
    @BeforeEach
    void emptyDatabase() {
        if (container == null) {
            db = TestDatabase.freshDatabase("migrations");
        } else {
            db = new TestDatabase.Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
            Flyway.configure().dataSource(db.url(), db.user(), db.password()).cleanDisabled(false).load().clean();
        }
    }

    @AfterAll
    void stopContainer() {
        if (container != null) {
            container.stop();
        }
    }

    @Test
    void everyMigrationAppliesToAnEmptyDatabaseAndAgainIsANoOp() throws SQLException {
        var flyway = Flyway.configure().dataSource(db.url(), db.user(), db.password()).load();

        var first = flyway.migrate();
        var second = flyway.migrate();

        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isEqualTo(flyway.info().all().length).isPositive();
        assertThat(second.migrationsExecuted).isZero();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        try (Connection c = connect()) {
            assertThat(tables(c)).contains("person", "person_skill", "person_absence", "team", "membership",
                    "knowledge_gap", "gap_tag", "gap_preferred_format", "gap_vote", "gap_offer", "gap_history");
        }
    }

    @Test
    void migrationFileNamesFollowTheConvention() {
        var flyway = Flyway.configure().dataSource(db.url(), db.user(), db.password()).load();
        assertThat(flyway.info().all())
                .allSatisfy(m -> assertThat(m.getScript()).matches("V\\d+__[a-z]+(_[a-z0-9]+)+\\.sql"));
    }

    @Test
    void constraintsBackTheDomainRules() throws SQLException {
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).load().migrate();
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("insert into person (version, full_name, email, time_zone, administrator, mentoring_available,"
                    + " mentoring_capacity, created_at) values (0, 'Ada', 'ada@example.com', 'UTC', false, false, 0,"
                    + " CURRENT_TIMESTAMP)");
            assertThatThrownBy(() -> s.execute("insert into person (version, full_name, email, time_zone, administrator,"
                    + " mentoring_available, mentoring_capacity, created_at) values (0, 'Ada 2', 'ada@example.com', 'UTC',"
                    + " false, false, 0, CURRENT_TIMESTAMP)"))
                    .as("unique email").isInstanceOf(SQLException.class);

            s.execute("insert into team (version, name, time_zone, slot_day, slot_start, slot_minutes, cadence, created_at)"
                    + " values (0, 'Platform', 'Europe/Berlin', 'TUESDAY', '12:00:00', 45, 'WEEKLY', CURRENT_TIMESTAMP)");
            String membership = "insert into membership (version, team_id, person_id, role, joined_on, in_rotation)"
                    + " values (0, (select id from team where name = 'Platform'),"
                    + " (select id from person where email = 'ada@example.com'), 'MEMBER', DATE '2026-01-05', true)";
            s.execute(membership);
            assertThatThrownBy(() -> s.execute(membership)).as("one membership per person per team")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("insert into membership (version, team_id, person_id, role, joined_on,"
                    + " in_rotation) values (0, 999999, 999999, 'MEMBER', DATE '2026-01-05', true)"))
                    .as("foreign keys").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("insert into person_skill (person_id, skill, proficiency) values"
                    + " ((select id from person where email = 'ada@example.com'), 'Kafka', 6)"))
                    .as("proficiency 1 to 5").isInstanceOf(SQLException.class);
        }
    }

    /**
     * Sign-in finds a person by exact email: under an accent- and case-insensitive collation "lúkas@" reached
     * lukas@'s account (and escaped its sign-in lock). Emails are stored normalised, so the column compares exactly.
     */
    @Test
    void emailsCompareExactlySoAnAccentedSpellingIsAnotherAddress() throws SQLException {
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).load().migrate();
        String insert = "insert into person (version, full_name, email, time_zone, administrator, mentoring_available,"
                + " mentoring_capacity, created_at) values (0, '%s', '%s', 'UTC', false, false, 0, CURRENT_TIMESTAMP)";
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute(insert.formatted("Lukas", "lukas@example.com"));

            for (String variant : List.of("lúkas@example.com", "lukäs@example.com", "LUKAS@example.com")) {
                try (var rs = s.executeQuery("select count(*) from person where email = '" + variant + "'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as(variant).isZero();
                }
            }
            s.execute(insert.formatted("Lúkas", "lúkas@example.com"));
            assertThatThrownBy(() -> s.execute(insert.formatted("Lukas 2", "lukas@example.com")))
                    .as("still unique").isInstanceOf(SQLException.class);
        }
    }

    /**
     * H2 2.4 evaluates "column IN (constants)" (and ORs of equalities, which it turns into the same) with a set built
     * on the connection that created the constraint; after the pool retires that connection every write of the table
     * fails (see V13 and FreshConnectionWritesOnH2IT). Comparisons, BETWEEN and IS NULL are fine.
     */
    @Test
    void noCheckConstraintDependsOnTheConnectionThatCreatedIt() throws SQLException {
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).load().migrate();
        var affected = java.util.regex.Pattern.compile("(?i)\\bIN\\s*\\(|=\\s*'[^']*'\\s*\\)?\\s*OR\\b");
        Map<String, String> clauses = new TreeMap<>();
        try (Connection c = connect()) {
            boolean h2 = c.getMetaData().getDatabaseProductName().equals("H2");
            try (var query = c.prepareStatement("select constraint_name, check_clause from information_schema.check_constraints"
                    + " where constraint_schema = ?")) {
                query.setString(1, h2 ? c.getSchema() : c.getCatalog());
                try (var rs = query.executeQuery()) {
                    while (rs.next()) {
                        clauses.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        assertThat(clauses).as("the constraints of V1-V8").containsKeys("ck_person_mentoring_capacity", "ck_article_revision");
        assertThat(clauses).as("CHECKs in the form H2 ties to one connection")
                .allSatisfy((name, clause) -> assertThat(affected.matcher(clause).find()).as(name + ": " + clause).isFalse());
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
