package org.peerplanner.testdb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.Set;

/** ArchUnit rules that keep the JVM's clock out of the code, shared by every module's architecture tests. */
public final class ClockRules {

    /** {@code now()} or {@code now(zone)} of any java.time type, or a system clock: the JVM's time, not the injected one. */
    public static final DescribedPredicate<JavaMethodCall> READS_THE_JVM_CLOCK = new DescribedPredicate<>(
            "a java.time now() without a Clock argument, or Clock.system*()") {
        @Override
        public boolean test(JavaMethodCall call) {
            var target = call.getTarget();
            if (!target.getOwner().getPackageName().equals("java.time")) {
                return false;
            }
            if (target.getName().equals("now")) {
                var parameters = target.getRawParameterTypes();
                return !(parameters.size() == 1 && parameters.getFirst().isEquivalentTo(Clock.class));
            }
            return target.getOwner().isEquivalentTo(Clock.class)
                    && Set.of("systemUTC", "systemDefaultZone", "system").contains(target.getName());
        }
    };

    private ClockRules() {
    }

    /** For test classes: a test that reads the JVM clock passes today and fails next Tuesday. */
    public static ArchRule testsReadTheTestClock() {
        return noClasses().should().callMethodWhere(READS_THE_JVM_CLOCK)
                .because("tests run on the TestClock bean or fixed instants, so they mean the same on every day of the "
                        + "week (PLANNER_TEST_NOW moves them all at once)");
    }
}
