package org.collections.cases;

/** Stands for a class of case-service, which another service must never use. */
public class FakeCasePolicy {
}
