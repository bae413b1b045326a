package vn.customs.platform.domain.time;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The calendar stays plain Java, so that services' domain code can use it without Quarkus. */
class WorkingCalendarArchitectureTest {

    @Test
    void theCalendarDependsOnlyOnTheJdk() {
        JavaClasses calendar = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.customs.platform.domain.time");

        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "vn.customs.platform.domain.time..")
                .because("domain code of every service computes deadlines with it, and may import no framework")
                .check(calendar);
    }
}
