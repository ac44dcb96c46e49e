package org.peerplanner.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The feature boundaries of docs/architecture.md inside the domain module: features form no cycles,
 * each keeps its tables to itself, and the rotation engine stays plain Java.
 */
@AnalyzeClasses(packages = "org.peerplanner.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundariesTest {

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("org.peerplanner.domain.(*)..")
            .should().beFreeOfCycles()
            .because("a newcomer can then read a feature and the few below it without reading them all; a type both "
                    + "sides need lives where both may depend on it (format, access), and a reaction goes through an "
                    + "event or a small interface the lower feature publishes");

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = classes()
            .that().areAssignableTo(org.springframework.data.repository.Repository.class)
            .and().areInterfaces()
            .should().notBePublic()
            .andShould(beUsedOnlyFromTheirOwnPackage())
            .because("another feature asks the owning feature's service or its published look-up, "
                    + "so a table's rules live in one place");

    @ArchTest
    static final ArchRule rotationEngineIsPlainJava = noClasses()
            .that().resideInAPackage("org.peerplanner.domain.rotation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
            .because("the engine takes plain inputs and gives the same plan every time, unit-tested without Spring "
                    + "or a database");

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only from their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
