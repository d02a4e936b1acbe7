package org.collections.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.collections.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reads scores and model cards. */
@ApplicationScoped
public class ScoreQueries {

    /** A case's latest score, what gave it, and the reasons, strongest first. */
    @Schema(description = "A case's propensity-to-pay score")
    public record CaseScore(@Schema(description = "The case") UUID caseId,
            @Schema(description = "0 (a payment within 30 days is unlikely) to 1000 (very likely): the chance in "
                    + "thousandths", examples = "312") int score,
            @Schema(description = "The creditor's model (creditor@version) or the scorecard that gave it",
                    examples = "DEMO-US@1") String source,
            @Schema(description = "The features that moved the score most, strongest first") List<Reason> reasons,
            @Schema(description = "When it was computed") Instant scoredAt) {
    }

    @Schema(description = "A feature that moved the score")
    public record Reason(@Schema(description = "The feature", examples = "PAYMENTS_90D") String feature,
            @Schema(description = "Its value for the case", examples = "2") double value,
            @Schema(description = "Points it added (negative: took away), on the 0-1000 scale", examples = "140")
            int points) {
    }

    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
    };

    @Inject
    CaseAccess access;

    @Inject
    DataSource dataSource;

    @Inject
    Scorer scorer;

    @Inject
    ObjectMapper mapper;

    /** A 404 unless the current principal may see the case (an agency: only cases placed with it). */
    @WithSession
    public Uni<Void> requireVisible(UUID caseId) {
        return access.load(caseId).replaceWithVoid();
    }

    /** The case's stored score; a case not scored yet (just opened, still queued) is scored now. Blocking. */
    public CaseScore caseScore(UUID caseId) {
        CaseScore stored = stored(caseId);
        if (stored != null) {
            return stored;
        }
        scorer.scoreNow(caseId);
        stored = stored(caseId);
        if (stored == null) {
            throw ProblemException.conflict("case-not-scored", "Case " + caseId + " is closed and was never scored");
        }
        return stored;
    }

    /** A creditor's model cards, newest first, after the version {@code before} (null: from the newest). Blocking. */
    public List<ModelCard> cards(String creditorId, Integer before, int limit) {
        return query("""
                select card from score_model where creditor_id = ? and (?::int is null or version < ?::int)
                 order by version desc limit ?""", s -> {
            s.setString(1, creditorId);
            s.setObject(2, before);
            s.setObject(3, before);
            s.setInt(4, limit);
        });
    }

    public ModelCard card(UUID id) {
        List<ModelCard> cards = query("select card from score_model where id = ?", s -> s.setObject(1, id));
        if (cards.isEmpty()) {
            throw ProblemException.notFound("Score model", id);
        }
        return cards.get(0);
    }

    private CaseScore stored(UUID caseId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement s = connection.prepareStatement(
                        "select score, source, reasons, scored_at from case_score where case_id = ?")) {
            s.setObject(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new CaseScore(caseId, r.getInt(1), r.getString(2),
                        mapper.readValue(r.getString(3), REASONS), r.getTimestamp(4).toInstant()) : null;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not read the score of case " + caseId, e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<ModelCard> query(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement s = connection.prepareStatement(sql)) {
            binder.bind(s);
            List<ModelCard> cards = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    cards.add(mapper.readValue(r.getString(1), ModelCard.class));
                }
            }
            return cards;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not read score models", e);
        }
    }
}
