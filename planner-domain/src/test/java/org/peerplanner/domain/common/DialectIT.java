package org.peerplanner.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The dialect follows the server actually connected, with nobody configuring it. */
@SpringBootTest
@UsePlannerTestDatabase
class DialectIT {

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    DataSource dataSource;

    @Test
    void hibernateSpeaksTheDialectOfTheServerItIsConnectedTo() throws SQLException {
        String version;
        String product;
        try (var connection = dataSource.getConnection()) {
            version = connection.getMetaData().getDatabaseProductVersion();
            product = connection.getMetaData().getDatabaseProductName();
        }
        String dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getClass().getSimpleName();

        if (version.contains("MariaDB")) {
            assertThat(dialect).isEqualTo("MariaDBDialect");
        } else if (product.equals("MySQL")) {
            assertThat(dialect).isEqualTo("MySQLDialect");
        } else {
            assertThat(dialect).isEqualTo("H2Dialect");
        }
    }
}
