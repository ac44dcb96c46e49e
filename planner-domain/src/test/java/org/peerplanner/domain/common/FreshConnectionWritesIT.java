package org.peerplanner.domain.common;

import org.junit.jupiter.api.condition.DisabledIf;
import org.peerplanner.testdb.TestClockConfiguration;
import org.peerplanner.testdb.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link FreshConnectionWrites} on a database of its own on the server the tests run on (MariaDB/MySQL, or H2
 * without one), so that no other context holds connections to it.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
@DisabledIf(value = "onTestcontainers", disabledReason = "a fresh database needs a server TestDatabase connects to itself")
class FreshConnectionWritesIT extends FreshConnectionWrites {

    static boolean onTestcontainers() {
        return TestDatabase.kind() == TestDatabase.Kind.TESTCONTAINERS;
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.Connection db = TestDatabase.freshDatabase("freshconn");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }
}
