package dev.glyphic.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
        for (String layer : new String[] {"domain", "application", "web", "persistence", "integrations", "bootstrap"}) {
            if (classes.stream().noneMatch(c -> c.getPackageName().startsWith("dev.glyphic." + layer))) {
                throw new AssertionError("no classes of dev.glyphic." + layer + " were imported; the rules above "
                        + "would pass vacuously");
            }
        }
    }
}
