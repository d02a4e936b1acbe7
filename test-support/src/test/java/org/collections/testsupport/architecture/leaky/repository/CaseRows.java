package org.collections.testsupport.architecture.leaky.repository;

public class CaseRows {

    public String byId(String id) {
        return id;
    }
}
