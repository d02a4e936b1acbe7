package org.collections.cases.domain;

/** A debtor's postal address; stored encrypted with the debtor, never shown to agencies. */
public record PostalAddress(String line1, String line2, String city, String region, String postalCode,
        String country) {
}
