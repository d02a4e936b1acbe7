package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.UUID;
import java.util.stream.Stream;
import org.collections.client.ApiException;
import org.collections.client.model.CaseStatus;
import org.collections.testsupport.DatabaseSnapshot;
import org.collections.testsupport.PostgresDatabase;
import org.collections.testsupport.ServiceProcess;
import org.collections.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * No plaintext personal data anywhere: recognisable personal data written through every API that takes it (cases
 * with their debtor, debtors, contact points, messages, imports, idempotent retries and refused requests) must not
 * appear in any column of any table of any service (idempotency, outbox, inbox and audit included), in the services'
 * logs, or in an error body — neither as given nor as the digits of the phone number or national id.
 */
class NoPlaintextPiiScenarioTest extends Scenario {

    private final String tag = Integer.toString(ThreadLocalRandom.current().nextInt(46_656, 1_679_615), 36);
    private final String name = "Quillfeather Zhao" + tag;
    private final String nationalId = "330106" + (19_000_000 + ThreadLocalRandom.current().nextInt(900_000)) + "7431";
    private final String phone = "+86 139 " + (1000 + ThreadLocalRandom.current().nextInt(9000)) + " " + (1000
            + ThreadLocalRandom.current().nextInt(9000));
    private final String email = "quillfeather." + tag + "@mail.example.org";
    private final String street = "77 Quillfeather Lane " + tag;
    private final String secondPhone = "+1 212 555 " + (1000 + ThreadLocalRandom.current().nextInt(9000));
    private final List<String> errorBodies = new ArrayList<>();

    @Test
    void personalDataWrittenThroughEveryApiIsFoundInNoTableLogOrErrorBody() throws Exception {
        String caseId = writeEverywhere();

        Map<String, String> needles = needles();
        List<String> found = new ArrayList<>();
        for (ServiceProcess service : suite.all()) {
            found.addAll(scanDatabase(service, needles));
            found.addAll(scanLog(service, needles));
        }
        for (String body : errorBodies) {
            needles.forEach((what, value) -> {
                if (contains(body, value)) {
                    found.add("error body shows the " + what + ": " + cut(body));
                }
            });
        }
        assertThat(caseId).isNotNull();
        assertThat(found).as("plaintext personal data found").isEmpty();
    }

    /** Writes the personal data through every API that takes it; returns the case's id. */
    private String writeEverywhere() throws ApiException {
        Map<String, Object> debtor = Map.of("fullName", name, "nationalId", nationalId, "phones", List.of(phone),
                "emails", List.of(email), "address", Map.of("line1", street, "city", "Hangzhou", "postalCode", "310000",
                        "country", "CN"),
                "timeZone", "America/New_York", "jurisdiction", "US", "preferredLanguage", "en");
        Map<String, Object> newCase = Map.of("creditorId", "PII-SCAN", "externalRef", "PII-" + tag, "debtor", debtor,
                "debts", List.of(Map.of("product", "CREDIT_CARD", "principal", "1200.00", "currency", "USD",
                        "oldestUnpaidDate", "2026-09-01")));
        // a case with its debtor, sent twice with one Idempotency-Key (the second answer is a replay)
        String caseId = as(Tokens.collector()).header("Idempotency-Key", "pii-" + tag).body(newCase)
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        as(Tokens.collector()).header("Idempotency-Key", "pii-" + tag).body(newCase).post("/api/v1/cases");
        Cases.move(UUID.fromString(caseId), CaseStatus.ACTIVE);
        String debtorId = Cases.debtorId(UUID.fromString(caseId)).toString();
        // a debtor on its own, and a note and a dispute that quote the debtor
        as(Tokens.collector()).body(Map.of("fullName", name + " Jr", "nationalId", nationalId + "9",
                "phones", List.of(secondPhone), "timeZone", "Asia/Shanghai", "jurisdiction", "CN")).post("/api/v1/debtors");
        // bulk import of a row with the same person under another creditor
        as(Tokens.admin()).contentType("application/x-ndjson")
                .body(("{\"creditorId\":\"PII-IMPORT\",\"externalRef\":\"PII-IMP-" + tag + "\",\"fullName\":\"" + name
                        + "\",\"nationalId\":\"" + nationalId + "\",\"phones\":\"" + phone + "\",\"emails\":\"" + email
                        + "\",\"timeZone\":\"Asia/Shanghai\",\"jurisdiction\":\"CN\",\"preferredLanguage\":\"zh-CN\","
                        + "\"product\":\"CREDIT_CARD\",\"principal\":\"100.00\",\"currency\":\"CNY\",\"oldestUnpaidDate\":\"2026-09-01\"}\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/case-imports");
        // refused requests carrying personal data: their error bodies are kept and scanned
        refused(as(Tokens.collector()).body(Map.of("creditorId", "PII-SCAN", "externalRef", "PII-BAD-" + tag,
                "debtor", Map.of("fullName", name, "nationalId", nationalId, "phones", List.of(phone + " ext. x"),
                        "emails", List.of("not-an-email " + email), "timeZone", "Mars/Base", "jurisdiction", "us"),
                "debts", List.of())).post("/api/v1/cases"));
        refused(as(Tokens.collector()).queryParam("phone", phone + "\u0000").get("/api/v1/cases"));
        refused(as(Tokens.collector()).body("{\"fullName\":\"" + name + "\",\"nationalId\":\"" + nationalId
                + "\",\"unknown\":\"" + email + "\"}").post("/api/v1/debtors"));

        // contact-service: contact points of the debtor, a template and a message rendered with the debtor's name
        Contacts.awaitKnown(UUID.fromString(caseId));
        as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "PHONE", "value", secondPhone,
                "label", "work")).post("/api/v1/contact-points");
        as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "EMAIL", "value", email))
                .post("/api/v1/contact-points");
        refused(as(Tokens.collector()).body(Map.of("debtorId", debtorId, "kind", "PHONE",
                "value", "not a phone " + phone)).post("/api/v1/contact-points"));
        String code = "PII_" + tag.toUpperCase(Locale.ROOT);
        as(Tokens.admin()).body(Map.of("code", code, "channel", "EMAIL", "language", "en",
                "rulePacks", List.of("US_REGF"), "subject", "Your account", "body",
                "Hello {{debtorName}}, {{amountDue}} was due on {{dueDate}}. {{optOutText}}"))
                .post("/api/v1/templates");
        List<Map<String, Object>> points = as(Tokens.collector()).queryParam("debtorId", debtorId)
                .get("/api/v1/contact-points").then().extract().jsonPath().getList("items");
        points.stream().filter(p -> "EMAIL".equals(p.get("kind"))).findFirst().ifPresent(p -> as(Tokens.collector())
                .header("Idempotency-Key", "pii-message-" + tag).body(Map.of("caseId", caseId, "templateCode", code, "channel", "EMAIL",
                        "contactPointId", p.get("id"))).post("/api/v1/messages"));

        // plan-service: a promise and a payment on it (the payer reference is the payment processor's transaction id)
        String promise = as(Tokens.collector()).body(Map.of("caseId", caseId, "amount", "100.00",
                "dueDate", "2026-12-20", "channel", "CALL")).post("/api/v1/promises").then().extract().path("id");
        if (promise != null) {
            as(Tokens.collector()).header("Idempotency-Key", "pii-pay-" + tag)
                    .body(Map.of("amount", "50.00", "currency", "USD", "payerReference", "BANK-TX-" + tag))
                    .post("/api/v1/promises/" + promise + "/payments");
        }
        suite.all().forEach(NoPlaintextPiiScenarioTest::awaitOutboxDelivered);
        return caseId;
    }

    /** Waits (at most 30 s) until the service's outbox has delivered everything, so receivers have written too. */
    private static void awaitOutboxDelivered(ServiceProcess service) {
        String url = PostgresDatabase.adminUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + service.database() + "$1");
        long deadline = System.currentTimeMillis() + 30_000;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet rs = s.executeQuery("select count(*) from outbox_delivery where status = 'PENDING'")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(200);
            }
        } catch (SQLException | InterruptedException e) {
            // no outbox table, or it cannot be read: scan what there is
        }
    }

    private void refused(Response response) {
        if (response.statusCode() >= 400) {
            errorBodies.add(response.asString());
        }
    }

    /** Each value and its digits-only forms, by what it is. */
    private Map<String, String> needles() {
        Map<String, String> n = new LinkedHashMap<>();
        n.put("name", name);
        n.put("national id", nationalId);
        n.put("phone", phone);
        n.put("phone digits", phone.replaceAll("\\D", ""));
        n.put("national phone digits", phone.replaceAll("\\D", "").substring(2));
        n.put("second phone digits", secondPhone.replaceAll("\\D", ""));
        n.put("e-mail", email);
        n.put("street", street);
        return n;
    }

    private static List<String> scanDatabase(ServiceProcess service, Map<String, String> needles) throws SQLException {
        String url = PostgresDatabase.adminUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + service.database() + "$1");
        List<String> found = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url)) {
            for (String table : DatabaseSnapshot.tables(c)) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from \"" + table + "\"")) {
                    var meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String value = text(rs, i, meta.getColumnType(i));
                            if (value == null) {
                                continue;
                            }
                            for (var needle : needles.entrySet()) {
                                if (contains(value, needle.getValue())) {
                                    found.add(service.name() + " " + table + "." + meta.getColumnName(i) + " holds the "
                                            + needle.getKey() + " in clear: " + cut(value));
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The column as text; binary columns as the text their bytes would be (plaintext stored as bytes is plaintext). */
    private static String text(ResultSet rs, int column, int type) throws SQLException {
        if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY) {
            byte[] bytes = rs.getBytes(column);
            return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return rs.getString(column);
    }

    private static List<String> scanLog(ServiceProcess service, Map<String, String> needles) throws IOException {
        Path log = Path.of("target", "service-logs", service.name() + ".log");
        List<String> found = new ArrayList<>();
        if (!Files.exists(log)) {
            return found;
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            lines.forEach(line -> needles.forEach((what, value) -> {
                if (contains(line, value)) {
                    found.add(service.name() + " log shows the " + what + ": " + cut(line));
                }
            }));
        }
        return found;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static String cut(String s) {
        s = s.replace("\n", " ");
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
