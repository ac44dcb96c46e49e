package org.peerplanner.testdb;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the context's {@link TestClock} back to its start before each test method (and so before its
 * {@code @BeforeEach}), so a test that moves the clock does not leak into the next test of a shared context.
 * Registered for every Spring test through {@code META-INF/spring.factories}.
 */
public class TestClockReset implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
