package org.collections.contact;

import jakarta.inject.Singleton;
import org.collections.testsupport.MutableClock;

/** The application's clock in tests: fixed, and moved by tests that travel in time. */
@Singleton
public class TestClock extends MutableClock {
}
