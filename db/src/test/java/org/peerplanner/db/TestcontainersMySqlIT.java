package org.peerplanner.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.peerplanner.testdb.TestDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mysql.MySQLContainer;

/** The migrations on the exact server the product targets, MySQL 8.4; skipped where Docker is missing. */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersMySqlIT {

    @Container
    static final MySQLContainer MYSQL = new MySQLContainer(TestDatabase.MYSQL_IMAGE);

    @Test
    void migrationsApplyOnMySql84() {
        var result = Flyway.configure()
                .dataSource(MYSQL.getJdbcUrl(), MYSQL.getUsername(), MYSQL.getPassword())
                .load()
                .migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
    }
}
