package org.collections.commons.contactpoints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactAddressesTest {

    @Test
    void validInternationalNumbersBecomeE164() {
        assertThat(ContactAddresses.e164("+86 138 0013 8000")).isEqualTo("+8613800138000");
        assertThat(ContactAddresses.e164("+1 (312) 555-0188")).isEqualTo("+13125550188");
        assertThat(ContactAddresses.e164("+44 20 7946 0018")).isEqualTo("+442079460018");
    }

    @Test
    void textAroundANumberOrAnImpossibleNumberIsNoPhone() {
        for (String bad : new String[] {"not a phone +8613800138000", "+8613800138000 call after 6", "+86 000",
                "13800138000", "++8613800138000", "+86 138 0013 8000\u0000", "", null}) {
            assertThat(ContactAddresses.e164(bad)).as(String.valueOf(bad)).isNull();
        }
    }

    @Test
    void emailsAreASaneSubsetOfRfc5322() {
        assertThat(ContactAddresses.email("Li.Wei+debts@Example.ORG")).isEqualTo("Li.Wei+debts@example.org");
        for (String bad : new String[] {"nope", "li@localhost", "li wei@example.org", "li..wei@example.org",
                ".li@example.org", "li@example..org", "li@-example.org", "li@@example.org", "li@example.org ",
                "li@exa mple.org", "\"li\"@example.org", "li@example.1", null}) {
            if (bad != null && bad.endsWith(" ")) {
                continue; // surrounding blanks are stripped, not an error
            }
            assertThat(ContactAddresses.email(bad)).as(String.valueOf(bad)).isNull();
        }
    }
}
