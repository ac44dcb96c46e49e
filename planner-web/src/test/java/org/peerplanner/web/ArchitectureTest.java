package org.peerplanner.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.peerplanner.testdb.ClockRules;

/** The module arrows of docs/architecture.md: web → integrations → domain, and domain depends on nothing of ours. */
@AnalyzeClasses(packages = "org.peerplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modulesDependDownwardsOnly = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Web").definedBy("org.peerplanner.web..")
            .layer("Integrations").definedBy("org.peerplanner.integrations..")
            .layer("Domain").definedBy("org.peerplanner.domain..")
            .whereLayer("Web").mayNotBeAccessedByAnyLayer()
            .whereLayer("Integrations").mayOnlyBeAccessedByLayers("Web")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Web", "Integrations");

    @ArchTest
    static final ArchRule domainKnowsNoUiServletCalendarOrSpreadsheet = noClasses()
            .that().resideInAPackage("org.peerplanner.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "jakarta.servlet..",
                    "net.fortuna.ical4j..", "org.apache.poi..", "org.springframework.web..",
                    "org.springframework.security.core..", "org.springframework.security.web..");

    @ArchTest
    static final ArchRule integrationsHaveNoUi = noClasses()
            .that().resideInAPackage("org.peerplanner.integrations..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.peerplanner.web..");

    @ArchTest
    static final ArchRule viewsDoNotReachRepositories = noClasses()
            .that().resideInAPackage("org.peerplanner.web..")
            // our own repositories: Spring Security's ClientRegistrationRepository (single sign-on) is no table
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Repository"),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.peerplanner..")))
            .because("a view asks a service, so the same rules hold for every way in");

    @ArchTest
    static final ArchRule datePickersShowDatesTheAppsWay = noClasses()
            .that().doNotHaveFullyQualifiedName("org.peerplanner.web.common.DateFields")
            .should().callConstructorWhere(DescribedPredicate.describe("a date picker",
                    (JavaConstructorCall call) -> call.getTargetOwner().isAssignableTo(DatePicker.class)))
            .because("a picker left to the browser's locale shows 12/1/2026 where the app writes Tue 1 Dec: "
                    + "make it with DateFields.picker");

    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .that().doNotHaveFullyQualifiedName("org.peerplanner.domain.common.PersistenceConfiguration")
            .and().resideOutsideOfPackage("org.peerplanner.testdb..") // the db module's test jar, see TestDatabase
            .should().callMethodWhere(ClockRules.READS_THE_JVM_CLOCK)
            .because("every module reads the Clock bean, so tests can set the time and a team's today is the same "
                    + "on every screen and in every file (the Clock bean itself is defined in PersistenceConfiguration)");
}
