package tw.huixiao.platform;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.sql.Connection;
import java.util.Set;
import tw.huixiao.platform.infrastructure.persistence.Sql;

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

    /** The persistence rule (platform/README.md): every statement goes through {@link Sql}, none is bound by hand. */
    @Test
    void onlySqlPreparesStatements() {
        DescribedPredicate<JavaMethodCall> statement = new DescribedPredicate<>(
                "Connection#prepareStatement, #prepareCall or #createStatement") {
            @Override
            public boolean test(JavaMethodCall call) {
                return call.getTargetOwner().isAssignableTo(Connection.class)
                        && Set.of("prepareStatement", "prepareCall", "createStatement").contains(call.getName());
            }
        };
        check(noClasses().that().doNotBelongToAnyOf(Sql.class).should().callMethodWhere(statement)
                .because("adapters run their SQL through Sql (typed binding, row mappers, batches), never by hand"));
    }

    /**
     * An injected field that is static or final fails the whole application's deployment on
     * Liberty ("injection target field must not be declared final"), which no unit test sees:
     * a constant placed between {@code @Inject} and its field once did exactly that.
     */
    @Test
    void injectedFieldsAreNeitherStaticNorFinal() {
        check(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
                .that().areAnnotatedWith("jakarta.inject.Inject")
                .or().areAnnotatedWith("jakarta.annotation.Resource")
                .or().areAnnotatedWith("org.eclipse.microprofile.config.inject.ConfigProperty")
                .should().notBeStatic().andShould().notBeFinal()
                .because("the container injects instance fields; a static or final target fails the deployment"));
    }

    private static void check(ArchRule rule) {
        rule.check(platform);
    }
}
