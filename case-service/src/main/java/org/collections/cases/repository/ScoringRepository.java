package org.collections.cases.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.collections.cases.scoring.CaseHistory;
import org.collections.cases.scoring.CaseHistory.Delinquency;
import org.collections.cases.scoring.CaseHistory.Kind;
import org.collections.cases.scoring.CaseHistory.Outcome;

/**
 * The JDBC side of scoring: case histories read a batch at a time, the queue of cases to rescore, the scores, and
 * the trained models. Every method works in the caller's connection and transaction.
 */
@ApplicationScoped
public class ScoringRepository {

    /** A case's history with what scoring needs around it. */
    public record ScoredCase(UUID caseId, String creditorId, boolean open, CaseHistory history) {
    }

    /** A score ready to be stored; {@code reasons} is JSON. */
    public record ScoreRow(UUID caseId, int score, String source, String reasons) {
    }

    /** A stored model: the creditor's active one, with its exported parameters as JSON. */
    public record ModelRow(UUID id, String creditorId, int version, String status, String parameters, String card) {
    }

    /** The histories of the given cases, in the order of {@code ids}; ids of unknown cases are left out. */
    public List<ScoredCase> histories(Connection connection, List<UUID> ids) throws SQLException {
        Array array = connection.createArrayOf("uuid", ids.toArray());
        Map<UUID, List<Outcome>> outcomes = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select case_id, kind, amount, at from case_outcome where case_id = any(?) order by case_id, at, id""")) {
            s.setArray(1, array);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    outcomes.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Outcome(
                            Kind.valueOf(r.getString(2)), r.getBigDecimal(3), r.getTimestamp(4).toInstant()));
                }
            }
        }
        Map<UUID, List<Delinquency>> delinquency = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select case_id, evaluated_on, days_past_due, bucket from delinquency_history
                 where case_id = any(?) order by case_id, evaluated_on, id""")) {
            s.setArray(1, array);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    delinquency.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Delinquency(
                            r.getDate(2).toLocalDate(), r.getInt(3), r.getString(4)));
                }
            }
        }
        Map<UUID, ScoredCase> cases = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select c.id, c.creditor_id, c.status, c.total_debt, c.created_at, c.updated_at,
                       (select d.product from debt d where d.case_id = c.id order by d.principal desc, d.id limit 1),
                       c.days_past_due, c.bucket
                  from collection_case c where c.id = any(?)""")) {
            s.setArray(1, array);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    UUID id = r.getObject(1, UUID.class);
                    boolean open = !"CLOSED".equals(r.getString(3));
                    Instant opened = r.getTimestamp(5).toInstant();
                    List<Delinquency> evaluated = delinquency.getOrDefault(id, new ArrayList<>());
                    if (evaluated.isEmpty()) {
                        // a case not yet re-evaluated: its delinquency as it was opened
                        evaluated.add(new Delinquency(opened.atZone(ZoneOffset.UTC).toLocalDate(),
                                r.getInt(8), r.getString(9)));
                    }
                    cases.put(id, new ScoredCase(id, r.getString(2), open, new CaseHistory(r.getString(7),
                            r.getBigDecimal(4), opened, open ? null : r.getTimestamp(6).toInstant(),
                            outcomes.getOrDefault(id, List.of()), evaluated)));
                }
            }
        }
        return ids.stream().map(cases::get).filter(Objects::nonNull).toList();
    }

    /** The next page of a creditor's case ids after {@code after} (null: from the start), in id order. */
    public List<UUID> casesOf(Connection connection, String creditorId, UUID after, int size) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                select id from collection_case where creditor_id = ? and (?::uuid is null or id > ?::uuid)
                 order by id limit ?""")) {
            s.setString(1, creditorId);
            s.setObject(2, after);
            s.setObject(3, after);
            s.setInt(4, size);
            return uuids(s);
        }
    }

    /** Products a creditor's debts name at least {@code minShare} of the time, most frequent first. */
    public List<String> products(Connection connection, String creditorId, double minShare) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                select d.product from debt d join collection_case c on c.id = d.case_id where c.creditor_id = ?
                 group by d.product having count(*) >= ? * (select count(*) from debt d2
                   join collection_case c2 on c2.id = d2.case_id where c2.creditor_id = ?)
                 order by count(*) desc, d.product""")) {
            s.setString(1, creditorId);
            s.setDouble(2, minShare);
            s.setString(3, creditorId);
            List<String> products = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    products.add(r.getString(1));
                }
            }
            return products;
        }
    }

    public List<String> creditors(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select distinct creditor_id from collection_case order by creditor_id");
                ResultSet r = s.executeQuery()) {
            List<String> creditors = new ArrayList<>();
            while (r.next()) {
                creditors.add(r.getString(1));
            }
            return creditors;
        }
    }

    /** Takes up to {@code size} queued cases off the queue; other transactions skip the rows this one holds. */
    public List<UUID> takeRequests(Connection connection, int size) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                delete from score_request where case_id in (
                  select case_id from score_request order by requested_at, case_id limit ? for update skip locked)
                returning case_id""")) {
            s.setInt(1, size);
            return uuids(s);
        }
    }

    /** Queues every open case for rescoring; returns how many were queued. */
    public int requestAllOpen(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                insert into score_request (case_id, requested_at)
                select id, now() from collection_case where status <> 'CLOSED' on conflict do nothing""")) {
            return s.executeUpdate();
        }
    }

    public void saveScores(Connection connection, List<ScoreRow> scores, Instant at) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                insert into case_score (case_id, score, source, reasons, scored_at) values (?, ?, ?, ?, ?)
                on conflict (case_id) do update set score = excluded.score, source = excluded.source,
                       reasons = excluded.reasons, scored_at = excluded.scored_at""")) {
            for (ScoreRow row : scores) {
                s.setObject(1, row.caseId());
                s.setInt(2, row.score());
                s.setString(3, row.source());
                s.setString(4, row.reasons());
                s.setTimestamp(5, Timestamp.from(at));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The active model of each of the creditors that has one. */
    public Map<String, ModelRow> activeModels(Connection connection, List<String> creditors) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                select id, creditor_id, version, status, parameters, card from score_model
                 where status = 'ACTIVE' and creditor_id = any(?)""")) {
            s.setArray(1, connection.createArrayOf("text", creditors.toArray()));
            Map<String, ModelRow> models = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    models.put(r.getString(2), new ModelRow(r.getObject(1, UUID.class), r.getString(2), r.getInt(3),
                            r.getString(4), r.getString(5), r.getString(6)));
                }
            }
            return models;
        }
    }

    /** The next version number of a creditor's models; locks the creditor's models against a concurrent training. */
    public int nextVersion(Connection connection, String creditorId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "score_model:" + creditorId);
            lock.execute();
        }
        try (PreparedStatement s = connection.prepareStatement(
                "select coalesce(max(version), 0) + 1 from score_model where creditor_id = ?")) {
            s.setString(1, creditorId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** Stores a model; an ACTIVE one retires the creditor's previous active model. */
    public void saveModel(Connection connection, ModelRow model, BigDecimal auc, BigDecimal scorecardAuc,
            Instant trainedAt, String actor) throws SQLException {
        if ("ACTIVE".equals(model.status())) {
            try (PreparedStatement s = connection.prepareStatement(
                    "update score_model set status = 'RETIRED' where creditor_id = ? and status = 'ACTIVE'")) {
                s.setString(1, model.creditorId());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = connection.prepareStatement("""
                insert into score_model (id, creditor_id, version, status, parameters, card, auc, scorecard_auc,
                                         trained_at, trained_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            s.setObject(1, model.id());
            s.setString(2, model.creditorId());
            s.setInt(3, model.version());
            s.setString(4, model.status());
            s.setString(5, model.parameters());
            s.setString(6, model.card());
            s.setBigDecimal(7, auc);
            s.setBigDecimal(8, scorecardAuc);
            s.setTimestamp(9, Timestamp.from(trainedAt));
            s.setString(10, actor);
            s.executeUpdate();
        }
    }

    private static List<UUID> uuids(PreparedStatement s) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
