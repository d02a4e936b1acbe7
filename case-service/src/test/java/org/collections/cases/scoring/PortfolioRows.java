package org.collections.cases.scoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes case histories straight into case-service's tables, as if the platform had lived through them. */
public final class PortfolioRows {

    private PortfolioRows() {
    }

    /** Writes one open case per history for {@code creditorId}; returns the case ids in order. */
    public static List<UUID> write(Connection c, String creditorId, List<CaseHistory> histories) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement debtor = c.prepareStatement("""
                insert into debtor (id, full_name_cipher, time_zone, jurisdiction, preferred_language, created_at)
                values (?, 'synthetic', 'Asia/Shanghai', 'CN', 'zh', ?)""");
                PreparedStatement kase = c.prepareStatement("""
                        insert into collection_case (id, debtor_id, creditor_id, external_ref, status, currency,
                            total_debt, payments_received, oldest_unpaid_date, days_past_due, bucket, created_at,
                            updated_at)
                        values (?, ?, ?, ?, 'ACTIVE', 'CNY', ?, 0, ?, ?, ?, ?, ?)""");
                PreparedStatement debt = c.prepareStatement("""
                        insert into debt (id, case_id, product, principal, interest, fees, currency, oldest_unpaid_date)
                        values (?, ?, ?, ?, 0, 0, 'CNY', ?)""");
                PreparedStatement outcome = c.prepareStatement(
                        "insert into case_outcome (case_id, kind, amount, at) values (?, ?, ?, ?)");
                PreparedStatement delinquency = c.prepareStatement("""
                        insert into delinquency_history (case_id, evaluated_on, days_past_due, bucket, recorded_at)
                        values (?, ?, ?, ?, ?)""")) {
            for (CaseHistory h : histories) {
                UUID debtorId = UUID.randomUUID();
                UUID caseId = UUID.randomUUID();
                ids.add(caseId);
                Timestamp opened = Timestamp.from(h.openedAt());
                CaseHistory.Delinquency last = h.delinquency().get(h.delinquency().size() - 1);
                debtor.setObject(1, debtorId);
                debtor.setTimestamp(2, opened);
                debtor.addBatch();
                kase.setObject(1, caseId);
                kase.setObject(2, debtorId);
                kase.setString(3, creditorId);
                kase.setString(4, "SYN-" + caseId);
                kase.setBigDecimal(5, h.totalDebt());
                kase.setObject(6, last.on().minusDays(last.daysPastDue()));
                kase.setInt(7, last.daysPastDue());
                kase.setString(8, last.bucket());
                kase.setTimestamp(9, opened);
                kase.setTimestamp(10, Timestamp.from(Instant.now()));
                kase.addBatch();
                debt.setObject(1, UUID.randomUUID());
                debt.setObject(2, caseId);
                debt.setString(3, h.product());
                debt.setBigDecimal(4, h.totalDebt());
                debt.setObject(5, h.openedAt().atZone(ZoneOffset.UTC).toLocalDate());
                debt.addBatch();
                for (CaseHistory.Outcome o : h.outcomes()) {
                    outcome.setObject(1, caseId);
                    outcome.setString(2, o.kind().name());
                    outcome.setBigDecimal(3, o.amount());
                    outcome.setTimestamp(4, Timestamp.from(o.at()));
                    outcome.addBatch();
                }
                for (CaseHistory.Delinquency d : h.delinquency()) {
                    delinquency.setObject(1, caseId);
                    delinquency.setObject(2, d.on());
                    delinquency.setInt(3, d.daysPastDue());
                    delinquency.setString(4, d.bucket());
                    delinquency.setTimestamp(5, Timestamp.from(Instant.now()));
                    delinquency.addBatch();
                }
            }
            debtor.executeBatch();
            kase.executeBatch();
            debt.executeBatch();
            outcome.executeBatch();
            delinquency.executeBatch();
        }
        return ids;
    }
}
