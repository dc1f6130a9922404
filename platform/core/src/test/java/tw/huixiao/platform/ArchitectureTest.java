package tw.huixiao.platform;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform's layering as Eclipse Cargo Tracker keeps it (issue 25 §1, platform/README.md):
 * dependencies point inward — domain ← application ← infrastructure / interfaces.rest. The
 * application names ports (store, renderer, policies, tenancy interfaces) that infrastructure
 * implements; no rule here lists an exception.
 */
class ArchitectureTest {

    private static JavaClasses platform;

    @BeforeAll
    static void importPlatform() {
        platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tw.huixiao.platform");
    }

    @Test
    void theApplicationDependsOnNoAdapter() {
        check(noClasses().that().resideInAPackage("tw.huixiao.platform.application..")
                .should().dependOnClassesThat().resideInAnyPackage("tw.huixiao.platform.infrastructure..",
                        "tw.huixiao.platform.interfaces..")
                .because("the application names ports (store, renderer, policies, tenancy) that infrastructure implements"));
    }

    @Test
    void theDomainDependsOnNoOuterLayer() {
        check(noClasses().that().resideInAPackage("tw.huixiao.platform.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("tw.huixiao.platform.application..",
                        "tw.huixiao.platform.infrastructure..", "tw.huixiao.platform.interfaces..")
                .because("the domain is the innermost layer"));
    }

    @Test
    void restResourcesUseTheApplicationOnly() {
        check(noClasses().that().resideInAPackage("tw.huixiao.platform.interfaces.rest..")
                .should().dependOnClassesThat().resideInAPackage("tw.huixiao.platform.infrastructure..")
                .because("resources call application services and return application records"));
    }

    @Test
    void applicationServicesWriteNoSql() {
        check(noClasses().that().resideInAnyPackage("tw.huixiao.platform.application..", "tw.huixiao.platform.domain..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .because("SQL lives in infrastructure adapters behind store ports (platform/README.md, persistence)"));
    }

    @Test
    void storesAreTheApplicationsOwnPorts() {
        check(noClasses().that().resideInAPackage("tw.huixiao.platform.interfaces..")
                .should().dependOnClassesThat(resideInAPackage("tw.huixiao.platform.application..")
                        .and(simpleNameEndingWith("Store")))
                .because("resources return application records, not a store's"));
    }

    private static void check(ArchRule rule) {
        rule.check(platform);
    }
}
