package org.collections.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

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

    private static DescribedPredicate<JavaClass> notPersistent() {
        return DescribedPredicate.describe("are not persistent entities", c -> !c.isAnnotatedWith("jakarta.persistence.Entity")
                && !c.isAnnotatedWith("jakarta.persistence.Embeddable")
                && !c.isAnnotatedWith("jakarta.persistence.MappedSuperclass"));
    }
}
