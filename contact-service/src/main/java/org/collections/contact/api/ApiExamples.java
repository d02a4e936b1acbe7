package org.collections.contact.api;

/** Request and response examples shown in the OpenAPI document. */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String DECISION_REQUEST = """
            {"caseId": "4b6f0d1e-2c1a-4f7e-9a55-0f1d2b3c4d5e", "channel": "CALL", "person": "DEBTOR"}""";

    static final String DECISION_ALLOWED = """
            {"decision": "ALLOW", "rulePack": "US_REGF", "rulePackVersion": "US_REGF@2021-11-30",
             "at": "2026-03-09T14:30:00Z", "violations": [], "nextPermittedAt": "2026-03-09T14:30:00Z",
             "explanation": "allowed under US_REGF@2021-11-30", "decisionId": "7a1d3c5e-2b4f-4e6a-9c8d-0b1a2c3d4e5f",
             "validUntil": "2026-03-09T14:35:00Z"}""";

    static final String DECISION_BLOCKED = """
            {"decision": "BLOCK", "rulePack": "US_REGF", "rulePackVersion": "US_REGF@2021-11-30",
             "at": "2026-03-09T11:30:00Z",
             "violations": [{"ruleId": "US_REGF.CONTACT_HOURS", "reason": "outside the permitted hours 08:00–21:00 \
            local time (07:30 in America/New_York)"}],
             "nextPermittedAt": "2026-03-09T12:00:00Z",
             "explanation": "blocked: US_REGF.CONTACT_HOURS — outside the permitted hours 08:00–21:00 local time \
            (07:30 in America/New_York); next permitted 2026-03-09 08:00 America/New_York (2026-03-09T12:00Z)",
             "decisionId": "2e9b4f1a-6c3d-4b8e-a7f0-5d1c2b3a4e6f"}""";

    static final String CONTACT_REQUEST = """
            {"caseId": "4b6f0d1e-2c1a-4f7e-9a55-0f1d2b3c4d5e", "channel": "CALL", "person": "DEBTOR", "priority": 5}""";

    static final String SLOT = """
            {"id": "0f3c2a9e-7d4b-4c1a-b8e5-6a7f8e9d0c1b", "caseId": "4b6f0d1e-2c1a-4f7e-9a55-0f1d2b3c4d5e",
             "channel": "CALL", "person": "DEBTOR", "contactPointId": "9c0e7b52-51b4-4a0e-8f0e-2d7f4f6b1a10",
             "priority": 5, "scheduledAt": "2026-03-09T12:00:00Z", "windowEnd": "2026-03-10T01:00:00Z",
             "status": "PENDING"}""";

    static final String LEASE_REQUEST = """
            {"channel": "CALL", "limit": 10, "leaseSeconds": 300}""";

    static final String LEASED = """
            {"items": [{"slotId": "0f3c2a9e-7d4b-4c1a-b8e5-6a7f8e9d0c1b", "caseId": "4b6f0d1e-2c1a-4f7e-9a55-0f1d2b3c4d5e",
              "debtorId": "5d1c7a3b-9e2f-4a6b-8c0d-1e2f3a4b5c6d", "channel": "CALL", "person": "DEBTOR",
              "contactPointId": "9c0e7b52-51b4-4a0e-8f0e-2d7f4f6b1a10", "address": "+1 212 555 0147",
              "leaseUntil": "2026-03-09T12:05:00Z"}]}""";

    static final String SLOT_OUTCOME = """
            {"outcome": "RIGHT_PARTY_CONTACT", "at": "2026-03-09T12:02:10Z"}""";

    static final String CONTACT_POINT = """
            {"debtorId": "5d1c7a3b-9e2f-4a6b-8c0d-1e2f3a4b5c6d", "kind": "PHONE", "value": "+1 212 555 0147",
             "label": "mobile"}""";

    static final String CONSENT = """
            {"debtorId": "5d1c7a3b-9e2f-4a6b-8c0d-1e2f3a4b5c6d", "kind": "CHANNEL", "channel": "SMS",
             "granted": false, "basis": "Debtor replied STOP", "source": "SMS"}""";

    static final String ATTEMPT = """
            {"caseId": "4b6f0d1e-2c1a-4f7e-9a55-0f1d2b3c4d5e", "channel": "CALL", "direction": "INBOUND",
             "person": "DEBTOR", "outcome": "RIGHT_PARTY_CONTACT"}""";

    static final String ATTEMPT_UNDER_DECISION = """
            {"caseId": "4b6f0d1e-2c1a-4f7e-9a55-0f1d2b3c4d5e", "channel": "CALL", "direction": "OUTBOUND",
             "person": "DEBTOR", "contactPointId": "9c0e7b52-51b4-4a0e-8f0e-2d7f4f6b1a10", "outcome": "NO_ANSWER",
             "decisionId": "7a1d3c5e-2b4f-4e6a-9c8d-0b1a2c3d4e5f"}""";

    static final String AGENCY_KPIS = """
            {"agencyId": "AG-NORTH", "from": "2026-03-01T00:00:00Z", "to": "2026-03-31T00:00:00Z", "attempts": 120,
             "compliant": 119, "nonCompliant": 1,
             "nonCompliantByRule": [{"ruleId": "CN.NO_DECISION", "attempts": 1},
                                    {"ruleId": "CN.DAILY_CONNECTED_CALLS", "attempts": 1}],
             "connected": 41}""";
}
