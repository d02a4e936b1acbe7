package org.collections.testsupport.architecture.leaky.api;

public record CaseView(String id) {
}
