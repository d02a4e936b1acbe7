package org.collections.plans.architecture;

import java.util.function.Predicate;
import org.collections.commons.http.QueryParamConverters;
import org.collections.testsupport.architecture.ServiceLayerRulesTest;

/** The layer rules over this service's main classes. */
class PlanServiceArchitectureTest extends ServiceLayerRulesTest {

    @Override
    protected String base() {
        return "org.collections.plans";
    }

    @Override
    protected String[] purePackages() {
        return new String[] {"org.collections.plans.domain.."};
    }

    @Override
    protected Predicate<Class<?>> queryParameterTypes() {
        return QueryParamConverters::supports;
    }
}
