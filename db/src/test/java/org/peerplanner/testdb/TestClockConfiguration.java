package org.peerplanner.testdb;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts a {@link TestClock} in the context as the {@code Clock} every service reads. Imported by
 * {@link UsePlannerTestDatabase}; a test moves it by autowiring {@link TestClock}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return TestClock.atConfiguredStart();
    }
}
