package org.collections.testsupport.architecture.leaky.domain;

public class ReachesIntoCases {

    public Object casePolicy() {
        return org.collections.cases.FakeCasePolicy.class;
    }
}
