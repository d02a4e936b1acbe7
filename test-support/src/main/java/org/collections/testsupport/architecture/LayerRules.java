package org.collections.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.function.Predicate;

/**
 * The import rules every service keeps, for a service whose packages sit under {@code base} ({@code
 * org.collections.cases}, ...): the REST layer ({@code api}) on top, {@code service} below it, then {@code repository};
 * the pure rules use no framework; no service reaches into another's packages.
 */
public final class LayerRules {

    private static final List<String> SERVICES = List.of("org.collections.cases", "org.collections.contact",
            "org.collections.plans", "org.collections.gateway");
    private static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta..", "io.smallrye..", "io.vertx..",
            "org.hibernate..", "org.eclipse.microprofile.rest..", "org.eclipse.microprofile.config.."};

    private static final String QUERY_PARAM = "jakarta.ws.rs.QueryParam";
    private static final String REST_QUERY = "org.jboss.resteasy.reactive.RestQuery";

    private LayerRules() {
    }

    /** Services take commands and return domain results; requests and views are the REST layer's. */
    public static ArchRule serviceDoesNotUseTheRestLayer(String base) {
        return noClasses().that().resideInAPackage(base + ".service..")
                .should().dependOnClassesThat().resideInAPackage(base + ".api..")
                .because("resources translate requests to commands and results to views");
    }

    public static ArchRule restLayerDoesNotUseRepositories(String base) {
        return noClasses().that().resideInAPackage(base + ".api..")
                .should().dependOnClassesThat().resideInAPackage(base + ".repository..")
                .because("resources go through services, which own transactions and access checks");
    }

    /** Pure rules: no framework type, so they run and are tested without a container. Entities are exempt. */
    public static ArchRule pureClassesUseNoFramework(String... packages) {
        return noClasses().that().resideInAnyPackage(packages).and(notPersistent())
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("business rules are plain Java, testable without Quarkus");
    }

    public static ArchRule noOtherServicesPackages(String base) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(base)).map(s -> s + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(base + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services talk over REST and events only");
    }

    /**
     * A query parameter of a resource is of a type {@code converts} (commons {@code QueryParamConverters::supports}),
     * so that a value that does not convert is a 422 naming it. RESTEasy Reactive converts java.time types itself,
     * past every ParamConverterProvider, and answers a malformed one with 404: such a parameter is declared String and
     * parsed with commons {@code input/Dates}. A {@code @RestQuery} names its parameter: the converter sees only the
     * annotation.
     */
    public static ArchRule queryParametersConvertToProblems(String base, Predicate<Class<?>> converts) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(base + "..")
                .and().areDeclaredInClassesThat().areNotInterfaces()
                .should(haveOnlyQueryParametersOf(converts))
                .because("a malformed query parameter is a 422 naming it, never a 404")
                .allowEmptyShould(true);
    }

    private static ArchCondition<JavaMethod> haveOnlyQueryParametersOf(Predicate<Class<?>> converts) {
        return new ArchCondition<>("have only named query parameters of types that convert to a problem") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaParameter parameter : method.getParameters()) {
                    String breach = queryParameterBreach(parameter, converts);
                    if (breach != null) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + ": " + breach));
                    }
                }
            }
        };
    }

    private static String queryParameterBreach(JavaParameter parameter, Predicate<Class<?>> converts) {
        boolean restQuery = parameter.isAnnotatedWith(REST_QUERY);
        if (!restQuery && !parameter.isAnnotatedWith(QUERY_PARAM)) {
            return null;
        }
        if (restQuery && "".equals(parameter.getAnnotationOfType(REST_QUERY).get("value").orElse(""))) {
            return "parameter " + parameter.getIndex() + " is a @RestQuery without a name";
        }
        if (!converts.test(parameter.getRawType().reflect())) {
            return "query parameter " + parameter.getIndex() + " is a " + parameter.getRawType().getName()
                    + ", which does not convert to a 422 (java.time types: take a String, parse with input/Dates)";
        }
        return null;
    }

    private static DescribedPredicate<JavaClass> notPersistent() {
        return DescribedPredicate.describe("are not persistent entities", c -> !c.isAnnotatedWith("jakarta.persistence.Entity")
                && !c.isAnnotatedWith("jakarta.persistence.Embeddable")
                && !c.isAnnotatedWith("jakarta.persistence.MappedSuperclass"));
    }
}
