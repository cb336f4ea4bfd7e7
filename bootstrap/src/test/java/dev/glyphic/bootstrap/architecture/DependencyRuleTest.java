package dev.glyphic.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule, checked on the compiled classes: Maven's module graph already forbids most violations; these
 * rules catch what it cannot (framework imports leaking into the core, annotations on services).
 */
class DependencyRuleTest {
    private static final String PORTS = "dev.glyphic.application.port..";
    private static final String PORTS_IN = "dev.glyphic.application.port.in";
    private static final String PORTS_OUT = "dev.glyphic.application.port.out";
    private static JavaClasses classes;

    @BeforeAll
    static void importProduction() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.glyphic");
    }

    @Test
    void theDomainIsPlainJava() {
        classes().that().resideInAPackage("dev.glyphic.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.glyphic.domain..", "java..")
                .because("the domain holds every rule and must not know a framework, JSON or SQL")
                .check(classes);
    }

    @Test
    void theDomainImportsNoFrameworkJsonOrDatabase() {
        noClasses().that().resideInAPackage("dev.glyphic.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta..", "javax..",
                        "com.fasterxml..", "java.sql..", "org.postgresql..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void theApplicationDependsOnTheDomainAlone() {
        classes().that().resideInAPackage("dev.glyphic.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.glyphic.application..", "dev.glyphic.domain..", "java..")
                .check(classes);
    }

    @Test
    void thePortsSeeNoUseCase() {
        classes().that().resideInAPackage(PORTS)
                .should().onlyDependOnClassesThat().resideInAnyPackage(PORTS, "dev.glyphic.domain..", "java..")
                .because("a port and the types it hands out are the contract; services implement it, not the other "
                        + "way round (the ports module enforces it too)")
                .check(classes);
    }

    @Test
    void portsAreGroupedByFeature() {
        noClasses().should().resideInAnyPackage(PORTS_IN, PORTS_OUT)
                .because("ports live in port.in.<feature> and port.out.<feature>")
                .check(classes);
    }

    @Test
    void adaptersSeeThePortsAndNoUseCase() {
        noClasses().that().resideInAnyPackage("dev.glyphic.web..", "dev.glyphic.persistence..",
                        "dev.glyphic.integrations..")
                .should().dependOnClassesThat(resideInAPackage("dev.glyphic.application..")
                        .and(DescribedPredicate.not(resideInAPackage(PORTS))))
                .because("an adapter implements or drives a port; the use cases behind it are bootstrap's to wire")
                .check(classes);
    }

    @Test
    void theEngineRuntimeCallsNoUseCase() {
        noClasses().that().resideInAPackage("dev.glyphic.application.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.glyphic.application.auth..",
                        "dev.glyphic.application.org..", "dev.glyphic.application.workflow..",
                        "dev.glyphic.application.execution..")
                .because("the engine runs executions; use cases start, steer and read them through it")
                .check(classes);
    }

    @Test
    void portFeaturesHaveNoCycles() {
        slices().matching("dev.glyphic.application.port.(*).(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void useCaseServicesCarryNoFrameworkAnnotations() {
        noClasses().that().resideInAPackage("dev.glyphic.application..")
                .should().beAnnotatedWith(DescribedPredicate.describe("a Micronaut or Jakarta annotation",
                        annotation -> annotation.getRawType().getPackageName().startsWith("io.micronaut")
                                || annotation.getRawType().getPackageName().startsWith("jakarta")))
                .because("services are wired in bootstrap's factories, not by annotations")
                .check(classes);
    }

    @Test
    void theWebAdapterDoesNotCallOtherAdapters() {
        noClasses().that().resideInAPackage("dev.glyphic.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.glyphic.persistence..",
                        "dev.glyphic.integrations..", "dev.glyphic.bootstrap..")
                .check(classes);
    }

    @Test
    void thePersistenceAdapterDoesNotCallOtherAdapters() {
        noClasses().that().resideInAPackage("dev.glyphic.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.glyphic.web..",
                        "dev.glyphic.integrations..", "dev.glyphic.bootstrap..")
                .check(classes);
    }

    @Test
    void theIntegrationsAdapterDoesNotCallOtherAdapters() {
        noClasses().that().resideInAPackage("dev.glyphic.integrations..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.glyphic.web..",
                        "dev.glyphic.persistence..", "dev.glyphic.bootstrap..")
                .check(classes);
    }

    @Test
    void theRulesSeeEveryModule() {
        for (String layer : new String[] {"domain", "application.port", "application.engine", "application", "web", "persistence", "integrations", "bootstrap"}) {
            if (classes.stream().noneMatch(c -> c.getPackageName().startsWith("dev.glyphic." + layer))) {
                throw new AssertionError("no classes of dev.glyphic." + layer + " were imported; the rules above "
                        + "would pass vacuously");
            }
        }
    }
}
