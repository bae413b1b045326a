package vn.customs.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The boundaries every service keeps, checked on its compiled classes (after {@code ddd-by-examples/library}):
 * the domain is plain Java plus JPA annotations; resources do not reach around the use cases into the
 * infrastructure; no service uses another service's code. A service's test extends it and names its base package.
 */
public abstract class ServiceArchitectureTest {

    private static final List<String> SERVICES = List.of("declarations", "staffing", "hotline", "inspections");

    private final String basePackage;
    private final JavaClasses classes;

    protected ServiceArchitectureTest(String basePackage) {
        this.basePackage = basePackage;
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    @Test
    void theDomainDependsOnNoFrameworkAndOnNothingElseOfTheService() {
        classes()
                .that()
                .resideInAPackage(basePackage + ".domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "jakarta.persistence..",
                        basePackage + ".domain..",
                        "vn.customs.contracts..",
                        // plain-Java domain exceptions and the working-time calendar
                        "vn.customs.platform.domain..")
                .allowEmptyShould(true)
                .because("domain rules must be testable without Quarkus, JAX-RS, transactions or messaging")
                .check(classes);
    }

    @Test
    void resourcesGoThroughTheUseCasesNotAroundThem() {
        noClasses()
                .that()
                .resideInAPackage(basePackage + ".api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(basePackage + ".infrastructure..")
                .allowEmptyShould(true)
                .because("resources stay thin: load, decide and save happen in application/")
                .check(classes);
    }

    @Test
    void noServiceUsesAnotherServicesCode() {
        String[] others = SERVICES.stream()
                .map(service -> "vn.customs." + service + "..")
                .filter(pkg -> !pkg.equals(basePackage + ".."))
                .collect(Collectors.toList())
                .toArray(new String[0]);
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .allowEmptyShould(true)
                .because("services share only event contracts and the platform library")
                .check(classes);
    }
}
