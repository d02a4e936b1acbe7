package org.collections.gateway.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.collections.gateway.partners.domain.PartnerAccessPolicy;
import org.collections.gateway.partners.domain.PartnerAccessPolicy.Certificate;
import org.collections.gateway.partners.domain.PartnerAccessPolicy.Token;
import org.junit.jupiter.api.Test;

/** Every combination of certificate, token and setting, decided without a server. */
class PartnerAccessPolicyTest {

    private static final Certificate NONE = new Certificate.None();
    private static final Certificate OF_A = new Certificate.OfAgency("AGENCY-A");

    private static Token agency(String id) {
        return new Token(Set.of("agency"), id, Optional.empty());
    }

    private static Token client(String id, boolean active) {
        return new Token(Set.of("agency"), id, Optional.of(active));
    }

    private static Token staff(String role) {
        return new Token(Set.of(role), null, Optional.empty());
    }

    @Test
    void certificateAndTokenOfTheSameAgencyPass() {
        assertThat(PartnerAccessPolicy.refusal(OF_A, agency("AGENCY-A"), true)).isEmpty();
        assertThat(PartnerAccessPolicy.refusal(OF_A, client("AGENCY-A", true), true)).isEmpty();
    }

    @Test
    void certificateWithAnotherAgencysTokenOrAStaffTokenIsRefused() {
        assertThat(PartnerAccessPolicy.refusal(OF_A, agency("AGENCY-B"), false)).hasValueSatisfying(r -> assertThat(r).contains("another agency"));
        assertThat(PartnerAccessPolicy.refusal(OF_A, staff("admin"), false)).isPresent();
        assertThat(PartnerAccessPolicy.refusal(OF_A, new Token(Set.of("agency", "admin"), "AGENCY-A", Optional.empty()), false)).isPresent();
    }

    @Test
    void unregisteredCertificateIsRefusedWhateverTheToken() {
        assertThat(PartnerAccessPolicy.refusal(new Certificate.Unregistered(), agency("AGENCY-A"), false)).isPresent();
        assertThat(PartnerAccessPolicy.refusal(new Certificate.Unregistered(), staff("collector"), false)).isPresent();
    }

    @Test
    void agencyTokenWithoutCertificateDependsOnTheSetting() {
        assertThat(PartnerAccessPolicy.refusal(NONE, agency("AGENCY-A"), false)).isEmpty();
        assertThat(PartnerAccessPolicy.refusal(NONE, agency("AGENCY-A"), true)).isPresent();
    }

    @Test
    void clientCredentialTokensNeedNoCertificateButAnActiveClient() {
        assertThat(PartnerAccessPolicy.refusal(NONE, client("AGENCY-A", true), true)).isEmpty();
        assertThat(PartnerAccessPolicy.refusal(NONE, client("AGENCY-A", false), false)).hasValueSatisfying(r -> assertThat(r).contains("revoked"));
        assertThat(PartnerAccessPolicy.refusal(OF_A, client("AGENCY-A", false), false)).isPresent();
    }

    @Test
    void staffTokensWithoutCertificateAreNotThisPolicysConcern() {
        assertThat(PartnerAccessPolicy.refusal(NONE, staff("admin"), true)).isEmpty();
        assertThat(PartnerAccessPolicy.refusal(NONE, staff("collector"), true)).isEmpty();
    }
}
