package org.peerplanner.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.peerplanner.testdb.ClockRules;

/** The web module's tests never read the JVM clock. */
@AnalyzeClasses(packages = "org.peerplanner.web", importOptions = ImportOption.OnlyIncludeTests.class)
class TestClockRuleTest {

    /** The gap pipeline benchmark names its scratch database by the real time, like TestDatabase, to tell leftovers by age. */
    @ArchTest
    static final ArchRule testsReadTheTestClock = noClasses()
            .that().haveNameNotMatching(".*\\.bench\\.GapPipelineBenchmark(\\$.*)?")
            .should().callMethodWhere(ClockRules.READS_THE_JVM_CLOCK)
            .because("tests run on the TestClock bean or fixed instants, so they mean the same on every day of the week");
}
