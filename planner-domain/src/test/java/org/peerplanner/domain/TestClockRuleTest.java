package org.peerplanner.domain;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.peerplanner.testdb.ClockRules;

/** The domain module's tests and benchmarks never read the JVM clock. */
@AnalyzeClasses(packages = "org.peerplanner.domain", importOptions = ImportOption.OnlyIncludeTests.class)
class TestClockRuleTest {

    @ArchTest
    static final ArchRule testsReadTheTestClock = ClockRules.testsReadTheTestClock();
}
