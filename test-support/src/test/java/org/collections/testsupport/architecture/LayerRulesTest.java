package org.collections.testsupport.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Each layer rule finds the breach it exists for (in the {@code leaky} sample), and only that one. */
class LayerRulesTest {

    private static final String LEAKY = "org.collections.testsupport.architecture.leaky";
    private static final Predicate<Class<?>> CONVERTS = type -> type == String.class || type == Integer.class
            || type == int.class;
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(LEAKY, "org.collections.cases");

    @Test
    void aServiceReturningAViewBreaksTheServiceRule() {
        assertBreach(LayerRules.serviceDoesNotUseTheRestLayer(LEAKY), "ViewReturningService", "RepositoryReadingResource");
    }

    @Test
    void aResourceReadingARepositoryBreaksTheRestLayerRule() {
        assertBreach(LayerRules.restLayerDoesNotUseRepositories(LEAKY), "RepositoryReadingResource", "ViewReturningService");
    }

    @Test
    void aRuleUsingJakartaBreaksThePurityRule() {
        assertBreach(LayerRules.pureClassesUseNoFramework(LEAKY + ".domain.."), "InjectedRule", "ReachesIntoCases");
    }

    @Test
    void aClassUsingAnotherServicesPackageBreaksTheIsolationRule() {
        assertBreach(LayerRules.noOtherServicesPackages("org.collections.testsupport"), "ReachesIntoCases", "InjectedRule");
    }

    @Test
    void anInstantQueryParameterBreaksTheConversionRule() {
        assertBreach(LayerRules.queryParametersConvertToProblems(LEAKY, CONVERTS), "InstantQueryResource", "ConvertingQueryResource");
    }

    @Test
    void aRestQueryWithoutANameBreaksTheConversionRule() {
        assertBreach(LayerRules.queryParametersConvertToProblems(LEAKY, CONVERTS), "UnnamedQueryResource", "ConvertingQueryResource");
    }

    private static void assertBreach(ArchRule rule, String breaking, String innocent) {
        EvaluationResult result = rule.evaluate(CLASSES);
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(result.hasViolation() && report.contains(breaking), () -> "expected a breach by " + breaking + ": " + report);
        assertFalse(report.contains(innocent), () -> innocent + " is reported though it keeps the rule: " + report);
    }
}
