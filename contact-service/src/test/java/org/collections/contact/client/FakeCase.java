package org.collections.contact.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.UUID;

/** A case as case-service's GET /api/v1/cases/{id} returns it (CaseView), for stubbing case-service. */
public record FakeCase(UUID id, UUID debtorId, String creditorId, String externalRef, String status, String fullName,
        String jurisdiction, String timeZone, String preferredLanguage, String currency, String balance,
        String oldestUnpaidDate, List<String> restrictions, String agencyId, int version) {

    public static FakeCase us() {
        return new FakeCase(UUID.randomUUID(), UUID.randomUUID(), "ACME", "US-1", "ACTIVE", "John Smith", "US",
                "America/New_York", "en", "USD", "900.00", "2026-09-01", List.of(), null, 3);
    }

    public static FakeCase cn() {
        return new FakeCase(UUID.randomUUID(), UUID.randomUUID(), "ACME", "CN-1", "ACTIVE", "李伟", "CN",
                "Asia/Shanghai", "zh-CN", "CNY", "1015.50", "2026-08-15", List.of(), null, 4);
    }

    public FakeCase withLanguage(String language) {
        return new FakeCase(id, debtorId, creditorId, externalRef, status, fullName, jurisdiction, timeZone, language,
                currency, balance, oldestUnpaidDate, restrictions, agencyId, version);
    }

    public FakeCase placedWith(String agency) {
        return new FakeCase(id, debtorId, creditorId, externalRef, status, fullName, jurisdiction, timeZone,
                preferredLanguage, currency, balance, oldestUnpaidDate, restrictions, agency, version);
    }

    public String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode c = mapper.createObjectNode();
        c.put("id", id.toString()).put("creditorId", creditorId).put("externalRef", externalRef).put("status", status)
                .put("debtorId", debtorId.toString()).put("currency", currency).put("totalDebt", balance)
                .put("paymentsReceived", "0.00").put("balance", balance).put("daysPastDue", 42).put("bucket", "31-60");
        ObjectNode debtor = c.putObject("debtor");
        debtor.put("id", debtorId.toString()).put("fullName", fullName).put("timeZone", timeZone)
                .put("jurisdiction", jurisdiction).put("masked", false);
        if (preferredLanguage != null) {
            debtor.put("preferredLanguage", preferredLanguage);
        }
        debtor.putArray("phones");
        c.putObject("flags").put("ceaseCommunication", false).put("deceased", false).put("bankruptcy", false);
        restrictions.forEach(c.putArray("restrictions")::add);
        if (agencyId != null) {
            c.put("agencyId", agencyId);
        }
        c.putArray("debts").addObject().put("id", UUID.randomUUID().toString()).put("product", "CREDIT_CARD")
                .put("principal", balance).put("total", balance).put("currency", currency)
                .put("oldestUnpaidDate", oldestUnpaidDate);
        c.put("version", version).put("createdAt", "2026-08-20T08:00:00Z").put("updatedAt", "2026-11-20T08:00:00Z");
        return c.toString();
    }

    /** Makes case-service answer GET /api/v1/cases/{id} with this case. */
    public FakeCase stubOn(WireMockServer caseService) {
        caseService.stubFor(get(urlEqualTo("/api/v1/cases/" + id)).willReturn(okJson(json())));
        return this;
    }
}
