package org.collections.contact.architecture;

import java.util.function.Predicate;
import org.collections.commons.http.QueryParamConverters;
import org.collections.testsupport.architecture.ServiceLayerRulesTest;

/** The layer rules over this service's main classes. */
class ContactServiceArchitectureTest extends ServiceLayerRulesTest {

    @Override
    protected String base() {
        return "org.collections.contact";
    }

    @Override
    protected String[] purePackages() {
        return new String[] {"org.collections.contact.compliance..", "org.collections.contact.timing.."};
    }

    @Override
    protected Predicate<Class<?>> queryParameterTypes() {
        return QueryParamConverters::supports;
    }
}
