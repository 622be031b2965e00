package io.entente;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Extraction is plain Java: it must run offline, without Spring or a database. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.entente");

    @Test
    void extractionDependsOnNeitherSpringNorNeo4j() {
        noClasses().that().resideInAPackage("io.entente.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..")
                .check(classes);
    }

    @Test
    void extractionDoesNotReachIntoLaterSteps() {
        noClasses().that().resideInAPackage("io.entente.extract..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.entente.resolve..", "io.entente.store..", "io.entente.api..", "io.entente.cli..")
                .check(classes);
    }
}
