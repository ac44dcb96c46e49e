package org.peerplanner.testdb;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Runs a Spring test context on the real database chosen by {@link TestDatabase}, with a {@link TestClock}
 * as its {@code Clock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({TestDatabaseConfiguration.Testcontainers.class, TestDatabaseConfiguration.Direct.class,
        TestClockConfiguration.class})
public @interface UsePlannerTestDatabase {
}
