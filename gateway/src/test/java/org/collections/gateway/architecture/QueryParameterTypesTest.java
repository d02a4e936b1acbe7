package org.collections.gateway.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.collections.commons.http.QueryParamConverters;
import org.collections.testsupport.architecture.LayerRules;
import org.junit.jupiter.api.Test;

/** The gateway's own resources keep the query parameter rule the services keep (ServiceLayerRulesTest). */
class QueryParameterTypesTest {

    @Test
    void malformedQueryParametersAreProblemsNamingThem() {
        LayerRules.queryParametersConvertToProblems("org.collections.gateway", QueryParamConverters::supports)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.collections.gateway"));
    }
}
