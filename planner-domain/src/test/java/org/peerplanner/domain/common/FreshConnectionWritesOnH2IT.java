package org.peerplanner.domain.common;

import org.peerplanner.testdb.TestClockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * {@link FreshConnectionWrites} always on the embedded H2 the app runs on by default, whatever server the other
 * tests use: the fault was H2's.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:fresh_connections;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
@Import(TestClockConfiguration.class)
class FreshConnectionWritesOnH2IT extends FreshConnectionWrites {
}
