package org.collections.cases.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.collections.testsupport.architecture.LayerRules;
import org.junit.jupiter.api.Test;

/** The layer rules ({@link LayerRules}) over this service's main classes. */
class CaseServiceArchitectureTest {

    static final String BASE = "org.collections.cases";
    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void theServiceLayerDoesNotUseTheRestLayer() {
        LayerRules.serviceDoesNotUseTheRestLayer(BASE).check(MAIN);
    }

    @Test
    void theRestLayerDoesNotUseRepositories() {
        LayerRules.restLayerDoesNotUseRepositories(BASE).check(MAIN);
    }

    @Test
    void pureRulesUseNoFramework() {
        LayerRules.pureClassesUseNoFramework("org.collections.cases.domain..").check(MAIN);
    }

    @Test
    void noOtherServicesPackagesAreUsed() {
        LayerRules.noOtherServicesPackages(BASE).check(MAIN);
    }
}
