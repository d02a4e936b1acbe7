package org.collections.testsupport.architecture.leaky.api;

import org.collections.testsupport.architecture.leaky.repository.CaseRows;

public class RepositoryReadingResource {

    public String get(String id) {
        return new CaseRows().byId(id);
    }
}
