package org.collections.plans.service;

/** The result of posting money; {@code isNew} is false when the payer reference had already been counted. */
public record Posted<T>(T result, boolean isNew) {
}
