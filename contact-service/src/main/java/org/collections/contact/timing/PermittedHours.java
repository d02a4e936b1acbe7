package org.collections.contact.timing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ComplianceEngine;
import org.collections.contact.compliance.Decision;
import org.collections.contact.compliance.PlanCandidate;
import org.collections.contact.compliance.RulePack;

/**
 * The debtor-local hours of a window at which the compliance engine permits a contact, each with its earliest
 * permitted time (the hour's start, or the engine's next permitted time within the hour) and the usable contact point
 * permitted first; in time order, one per local hour (the first, where a clock change repeats one).
 */
final class PermittedHours {

    private PermittedHours() {
    }

    record PermittedHour(int localHour, Instant at, String contactPointId) {
    }

    static List<PermittedHour> in(RulePack pack, Channel channel, PlanCandidate candidate, Instant from,
            Instant until) {
        ZoneId zone = candidate.situation().explanationZone();
        List<PermittedHour> hours = new ArrayList<>();
        boolean[] seen = new boolean[ContactRates.HOURS];
        Instant t = from;
        while (t.isBefore(until)) {
            Instant hourEnd = min(t.atZone(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant(), until);
            Instant best = null;
            String bestPoint = null;
            Instant resume = null;
            for (String point : candidate.usablePointIds()) {
                Decision decision = ComplianceEngine.decide(pack,
                        LearnedTimePlanner.contact(channel, candidate, point, t), candidate.situation());
                Instant at = decision.allowed() ? t : null;
                Instant next = decision.nextPermittedAt();
                if (at == null && next != null && next.isBefore(hourEnd) && ComplianceEngine.decide(pack,
                        LearnedTimePlanner.contact(channel, candidate, point, next), candidate.situation()).allowed()) {
                    at = next;
                }
                if (at != null && (best == null || at.isBefore(best))) {
                    best = at;
                    bestPoint = point;
                }
                // where this point is worth asking about again: a blocked stretch is skipped in one step
                Instant again = at != null ? hourEnd : next == null ? null : max(next, hourEnd);
                if (again != null) {
                    resume = resume == null ? again : min(resume, again);
                }
            }
            if (best != null) {
                int hour = best.atZone(zone).getHour();
                if (!seen[hour]) {
                    seen[hour] = true;
                    hours.add(new PermittedHour(hour, best, bestPoint));
                }
            }
            if (resume == null) {
                break;
            }
            t = resume;
        }
        return hours;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
