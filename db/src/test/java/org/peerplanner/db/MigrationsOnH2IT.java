package org.peerplanner.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The documented run command starts on embedded H2 in MySQL mode (application.properties), whatever server the other
 * tests use; so every migration must apply there too. A column named {@code month}, a keyword in H2, once passed
 * every test on MariaDB and stopped the app from starting.
 */
class MigrationsOnH2IT {

    @Test
    void everyMigrationAppliesToEmbeddedH2AsTheAppConfiguresIt() {
        String url = "jdbc:h2:mem:migrations_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        var flyway = Flyway.configure().dataSource(url, "sa", "").load();

        var result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(flyway.info().all().length).isPositive();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }
}
