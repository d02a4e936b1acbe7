package org.collections.testsupport.architecture.leaky.api;

import org.jboss.resteasy.reactive.RestQuery;

public class UnnamedQueryResource {

    public String list(@RestQuery Integer size) {
        return String.valueOf(size);
    }
}
