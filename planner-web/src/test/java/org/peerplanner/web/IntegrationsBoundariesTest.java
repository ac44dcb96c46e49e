package org.peerplanner.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The integrations module's feature packages form no cycles. It lives here because this module's
 * tests already see every module (see ArchitectureTest), so the integrations module needs no ArchUnit.
 */
@AnalyzeClasses(packages = "org.peerplanner.integrations", importOptions = ImportOption.DoNotIncludeTests.class)
class IntegrationsBoundariesTest {

    @ArchTest
    static final ArchRule integrationFeaturesFormNoCycles = slices().matching("org.peerplanner.integrations.(*)..")
            .should().beFreeOfCycles()
            .because("calendar files, spreadsheets and mail each build on the domain, not on one another in a circle");
}
