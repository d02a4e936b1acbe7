package org.collections.contact.compliance;

/** Whom a contact is with: the debtor, or a third party such as an emergency contact. */
public enum PersonRole {
    DEBTOR, THIRD_PARTY
}
