package org.collections.testsupport.architecture.leaky.domain;

import jakarta.inject.Inject;

public class InjectedRule {

    @Inject
    Object collaborator;
}
