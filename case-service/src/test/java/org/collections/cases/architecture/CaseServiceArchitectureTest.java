package org.collections.cases.architecture;

import java.util.function.Predicate;
import org.collections.commons.http.QueryParamConverters;
import org.collections.testsupport.architecture.ServiceLayerRulesTest;

/** The layer rules over this service's main classes. */
class CaseServiceArchitectureTest extends ServiceLayerRulesTest {

    @Override
    protected String base() {
        return "org.collections.cases";
    }

    @Override
    protected String[] purePackages() {
        return new String[] {"org.collections.cases.domain..", "org.collections.cases.scoring..",
                "org.collections.cases.kpi..", "org.collections.cases.treatment.."};
    }

    @Override
    protected Predicate<Class<?>> queryParameterTypes() {
        return QueryParamConverters::supports;
    }
}
