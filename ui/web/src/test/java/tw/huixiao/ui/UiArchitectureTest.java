package tw.huixiao.ui;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The UI is another outer layer (issue 25 §1): it calls the platform's application services and
 * shows their records; it imports no platform infrastructure class and no store port.
 */
class UiArchitectureTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("tw.huixiao.ui");

    @Test
    void theUiUsesNoPlatformInfrastructure() {
        noClasses().that().resideInAPackage("tw.huixiao.ui..")
                .should().dependOnClassesThat().resideInAPackage("tw.huixiao.platform.infrastructure..")
                .because("views call application services and show application records")
                .check(UI);
    }

    @Test
    void theUiReadsNoStore() {
        noClasses().that().resideInAPackage("tw.huixiao.ui..")
                .should().dependOnClassesThat(resideInAPackage("tw.huixiao.platform..").and(simpleNameEndingWith("Store")))
                .because("stores are the application's ports, not the UI's")
                .check(UI);
    }

    @Test
    void theUiWritesNoSql() {
        noClasses().that().resideInAPackage("tw.huixiao.ui..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(UI);
    }
}
