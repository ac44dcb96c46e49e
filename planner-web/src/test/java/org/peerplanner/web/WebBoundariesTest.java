package org.peerplanner.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The web feature packages (session, gap, knowledge, people, team, …) may use each other one way only: a screen that
 * links back to a feature which links to it does so by the route's address (see {@code common.RouteLinks}), and what
 * two features share (such as {@code common.Option}) lives in {@code common}.
 */
@AnalyzeClasses(packages = "org.peerplanner.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebBoundariesTest {

    @ArchTest
    static final ArchRule webFeaturesAreFreeOfCycles = slices().matching("org.peerplanner.web.(*)..")
            .should().beFreeOfCycles()
            .because("a newcomer should be able to read one feature without first reading the one that uses it");
}
