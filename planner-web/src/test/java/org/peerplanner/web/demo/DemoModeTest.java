package org.peerplanner.web.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Component;

/** The demo organisation is made only in demo mode: a real organisation's app has none of its beans. */
@AnalyzeClasses(packages = "org.peerplanner.web.demo", importOptions = ImportOption.DoNotIncludeTests.class)
class DemoModeTest {

    @ArchTest
    static final ArchRule demoBeansExistOnlyInDemoMode = classes()
            .that().resideInAPackage("org.peerplanner.web.demo")
            .and().areMetaAnnotatedWith(Component.class)
            .should().beAnnotatedWith(DemoMode.class)
            .because("a chapter made outside demo mode is a bean (and its services' dependencies) for nothing, "
                    + "one forgotten condition away from seeding sample people into a real organisation");
}
