package org.collections.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The {@link LayerRules} over one service's main classes; a service's test names its base and pure packages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceLayerRulesTest {

    private JavaClasses main;

    /** The service's root package, e.g. {@code org.collections.cases}. */
    protected abstract String base();

    /** The packages holding pure rules, ArchUnit syntax, e.g. {@code org.collections.cases.domain..}. */
    protected abstract String[] purePackages();

    /** The types a query parameter may have: commons {@code QueryParamConverters::supports}. */
    protected abstract Predicate<Class<?>> queryParameterTypes();

    @BeforeAll
    void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base());
    }

    @Test
    void theServiceLayerDoesNotUseTheRestLayer() {
        LayerRules.serviceDoesNotUseTheRestLayer(base()).check(main);
    }

    @Test
    void theRestLayerDoesNotUseRepositories() {
        LayerRules.restLayerDoesNotUseRepositories(base()).check(main);
    }

    @Test
    void pureRulesUseNoFramework() {
        LayerRules.pureClassesUseNoFramework(purePackages()).check(main);
    }

    @Test
    void malformedQueryParametersAreProblemsNamingThem() {
        LayerRules.queryParametersConvertToProblems(base(), queryParameterTypes()).check(main);
    }

    @Test
    void noOtherServicesPackagesAreUsed() {
        LayerRules.noOtherServicesPackages(base()).check(main);
    }
}
