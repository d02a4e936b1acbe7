package org.collections.cases.treatment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * A creditor's strategies in force: the champion, and optionally a challenger tried on {@code challengerPercent} of
 * the cases. A case's arm is a hash of the experiment and the case, so it is the same every time it is asked (sticky)
 * and independent of the order cases arrive in; a new experiment (another split or strategy) draws anew.
 */
public record Experiment(UUID id, String creditorId, UUID championId, UUID challengerId, int challengerPercent) {

    static final int BASIS_POINTS = 10_000;

    public Experiment {
        if (challengerPercent < 0 || challengerPercent > 50 || (challengerId == null) != (challengerPercent == 0)) {
            throw new IllegalArgumentException("a challenger takes 1–50 % of the cases, and only with a challenger");
        }
    }

    public Arm armOf(UUID caseId) {
        return challengerId != null && draw(caseId) < challengerPercent * (BASIS_POINTS / 100) ? Arm.CHALLENGER
                : Arm.CHAMPION;
    }

    public UUID strategyOf(Arm arm) {
        return arm == Arm.CHALLENGER ? challengerId : championId;
    }

    /** A uniform number in [0, 10000) fixed by the experiment and the case. */
    int draw(UUID caseId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((id + ":" + caseId).getBytes(StandardCharsets.UTF_8));
            return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), BASIS_POINTS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
