package vn.customs.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The boundaries every service keeps, checked on its compiled classes (after {@code ddd-by-examples/library}):
 * the layers of {@code docs/service-template.md} call each other only downwards, the domain is plain Java plus JPA
 * mapping annotations, use cases speak no HTTP, and no service uses another service's code. A service's test extends
 * it and names its base package; only a skeleton, which has no classes in its layers yet, passes {@code skeleton =
 * true} so that an empty layer does not fail the rules.
 */
public abstract class ServiceArchitectureTest {

    private static final List<String> SERVICES = List.of("declarations", "staffing", "hotline", "inspections");

    private final String basePackage;
    private final boolean skeleton;
    private final JavaClasses classes;

    protected ServiceArchitectureTest(String basePackage) {
        this(basePackage, false);
    }

    protected ServiceArchitectureTest(String basePackage, boolean skeleton) {
        this.basePackage = basePackage;
        this.skeleton = skeleton;
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    @Test
    void theLayersCallEachOtherOnlyDownwards() {
        LayeredArchitecture layers = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(skeleton)
                .layer("Api")
                .definedBy(basePackage + ".api..")
                .layer("Application")
                .definedBy(basePackage + ".application..")
                .layer("Domain")
                .definedBy(basePackage + ".domain..")
                .layer("Infrastructure")
                .definedBy(basePackage + ".infrastructure..")
                // optional: only staffing plans rotations, and demo data is a test-and-launcher-only source set
                .optionalLayer("Planning")
                .definedBy(basePackage + ".planning..")
                .optionalLayer("Demo")
                .definedBy(basePackage + ".demo..")
                .whereLayer("Api")
                .mayOnlyBeAccessedByLayers("Demo")
                .whereLayer("Application")
                .mayOnlyBeAccessedByLayers("Api", "Demo")
                .whereLayer("Planning")
                .mayOnlyBeAccessedByLayers("Application", "Infrastructure", "Demo")
                // ports: application and domain name what they need, infrastructure implements it (CDI wires them)
                .whereLayer("Infrastructure")
                .mayOnlyBeAccessedByLayers("Demo")
                .whereLayer("Demo")
                .mayNotBeAccessedByAnyLayer();
        layers.because("docs/service-template.md: resources call use cases, use cases call the domain and ports;"
                        + " infrastructure implements ports and never calls a use case")
                .check(classes);
    }

    @Test
    void useCasesSpeakNoHttp() {
        noClasses()
                .that()
                .resideInAPackage(basePackage + ".application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.ws.rs..",
                        "org.jboss.resteasy..",
                        "vn.customs.platform.http..",
                        "org.eclipse.microprofile.config..",
                        "org.eclipse.microprofile.openapi..",
                        "io.smallrye.config..")
                .allowEmptyShould(skeleton)
                .because("a use case refuses with a domain exception (AccessRefusedException, StaleVersionException)"
                        + " that the platform maps to problem+json; configuration arrives as typed values")
                .check(classes);
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
                        // plain-Java value objects, domain exceptions and the working-time calendar
                        "vn.customs.platform.domain..")
                .allowEmptyShould(skeleton)
                .because("domain rules must be testable without Quarkus, JAX-RS, transactions or messaging")
                .check(classes);
    }

    @Test
    void theDomainMapsEntitiesButDoesNotQueryThem() {
        noClasses()
                .that()
                .resideInAPackage(basePackage + ".domain..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.TypedQuery")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.Query")
                .allowEmptyShould(skeleton)
                .because("aggregates carry JPA mapping annotations; loading and saving is the repository's work")
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
                .allowEmptyShould(skeleton)
                .because("resources stay thin: load, decide and save happen in application/")
                .check(classes);
    }

    @Test
    void scheduledJobsDoNotRunWhileTheServiceStartsOrStops() {
        String scheduled = "io.quarkus.scheduler.Scheduled";
        String notRunning = scheduled + "$ApplicationNotRunning";
        methods()
                .that()
                .areAnnotatedWith(scheduled)
                .should()
                .beAnnotatedWith(
                        new DescribedPredicate<JavaAnnotation<?>>(
                                "@Scheduled(skipExecutionIf = Scheduled.ApplicationNotRunning.class)") {
                            @Override
                            public boolean test(JavaAnnotation<?> annotation) {
                                return annotation.getRawType().getName().equals(scheduled)
                                        && annotation
                                                .get("skipExecutionIf")
                                                .filter(value -> value instanceof JavaClass
                                                        && ((JavaClass) value)
                                                                .getName()
                                                                .equals(notRunning))
                                                .isPresent();
                            }
                        })
                .allowEmptyShould(true)
                .because("a round started while the service stops finds its database closed, and logged an error"
                        + " every second until the process ended")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(basePackage, "vn.customs.platform"));
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
