package org.collections.testsupport.architecture.leaky.service;

import org.collections.testsupport.architecture.leaky.api.CaseView;

public class ViewReturningService {

    public CaseView find(String id) {
        return new CaseView(id);
    }
}
