package org.collections.contact.timing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.ComplianceEngine;
import org.collections.contact.compliance.DailyPlanner;
import org.collections.contact.compliance.Decision;
import org.collections.contact.compliance.PersonRole;
import org.collections.contact.compliance.PlanCandidate;
import org.collections.contact.compliance.ProposedContact;
import org.collections.contact.compliance.RulePack;
import org.collections.contact.timing.ContactRates.HourRate;

/**
 * Plans a case at the debtor-local hour its segment answers best on the channel, among the times the compliance
 * engine permits in the window, and leaves it to a better channel when one is usable:
 * <ol>
 * <li>Not plannable on the channel at all (per {@link DailyPlanner}): skipped for the same reason.</li>
 * <li>A usable channel (a VALID contact point, and a time the engine permits in the window) whose rate in the segment
 * has enough attempts and beats this channel's: skipped, {@link #PREFERS_CHANNEL} and that channel, so the debtor is
 * contacted on the channel that works for them rather than on every one.</li>
 * <li>Otherwise the hours with enough attempts whose smoothed rate beats the earliest permitted time's hour are tried,
 * best first; the first with a permitted time (its start, or the engine's next permitted time within the hour, on any
 * usable contact point, re-checked with the engine) is chosen.</li>
 * <li>Otherwise the earliest permitted time, saying why.</li>
 * </ol>
 * Local hours are those of the case's own zone (the first of the debtor's possible zones); the engine judges every
 * possible zone.
 */
public final class LearnedTimePlanner {

    /** Prefix of a skip reason when the case's segment answers better on another usable channel. */
    public static final String PREFERS_CHANNEL = "PREFERS_CHANNEL:";

    private LearnedTimePlanner() {
    }

    public sealed interface Outcome permits Planned, Skipped {
    }

    public record Planned(String contactPointId, Instant at, TimingChoice choice) implements Outcome {
    }

    public record Skipped(String reason) implements Outcome {
    }

    /**
     * @param otherChannels the debtor's VALID contact points for each other channel the plan may leave the case to
     */
    public static Outcome plan(ContactRates rates, Segment segment, RulePack pack, Channel channel,
            PlanCandidate candidate, Map<Channel, List<String>> otherChannels, Instant from, Instant until) {
        DailyPlanner.Outcome earliest = DailyPlanner.plan(pack, channel, candidate, from, until);
        if (earliest instanceof DailyPlanner.Skipped skipped) {
            return new Skipped(skipped.reason());
        }
        DailyPlanner.Planned first = (DailyPlanner.Planned) earliest;
        for (Channel better : rates.betterChannels(segment, channel, otherChannels.keySet())) {
            PlanCandidate there = new PlanCandidate(candidate.caseId(), candidate.debtorId(),
                    otherChannels.get(better), candidate.situation());
            if (DailyPlanner.plan(pack, better, there, from, until) instanceof DailyPlanner.Planned) {
                return new Skipped(PREFERS_CHANNEL + better);
            }
        }
        ZoneId zone = candidate.situation().explanationZone();
        int earliestHour = first.at().atZone(zone).getHour();
        RateEstimate baseline = rates.hour(segment, channel, earliestHour);
        List<HourRate> preferable = rates.preferableHours(segment, channel);
        if (preferable.isEmpty()) {
            return earliest(first, TimingChoice.Kind.EARLIEST_TOO_LITTLE_HISTORY, earliestHour, baseline);
        }
        for (HourRate hour : preferable) {
            if (hour.estimate().rate() <= baseline.rate()) {
                break;
            }
            if (hour.localHour() == earliestHour) {
                continue;
            }
            Planned planned = firstPermittedIn(hour, pack, channel, candidate, zone, from, until);
            if (planned != null) {
                return planned;
            }
        }
        return earliest(first, baseline.enough() ? TimingChoice.Kind.BEST_HOUR
                : TimingChoice.Kind.EARLIEST_NO_BETTER_HOUR, earliestHour, baseline);
    }

    /** The plan of the earliest permitted time, with the reason it was kept. */
    public static Outcome earliest(RulePack pack, Channel channel, PlanCandidate candidate, Instant from,
            Instant until) {
        DailyPlanner.Outcome earliest = DailyPlanner.plan(pack, channel, candidate, from, until);
        if (earliest instanceof DailyPlanner.Planned first) {
            return earliest(first, TimingChoice.Kind.EARLIEST_BY_CONFIG,
                    first.at().atZone(candidate.situation().explanationZone()).getHour(), RateEstimate.NONE);
        }
        return new Skipped(((DailyPlanner.Skipped) earliest).reason());
    }

    private static Planned earliest(DailyPlanner.Planned first, TimingChoice.Kind kind, int hour,
            RateEstimate estimate) {
        return new Planned(first.contactPointId(), first.at(), new TimingChoice(kind, hour, estimate));
    }

    /**
     * The earliest permitted time within the local hour's occurrences in [from, until), on the usable contact point
     * permitted first; null when the engine permits none of it.
     */
    private static Planned firstPermittedIn(HourRate hour, RulePack pack, Channel channel, PlanCandidate candidate,
            ZoneId zone, Instant from, Instant until) {
        LocalDate last = until.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(hour.localHour(), 0), zone);
            if (start.getHour() != hour.localHour()) {
                continue; // the hour does not exist that day (a DST gap)
            }
            Instant opens = start.toInstant().isBefore(from) ? from : start.toInstant();
            Instant ends = start.plusHours(1).toInstant().isAfter(until) ? until : start.plusHours(1).toInstant();
            if (!opens.isBefore(ends)) {
                continue;
            }
            Planned best = null;
            for (String point : candidate.usablePointIds()) {
                Instant at = permittedWithin(pack, channel, candidate, point, opens, ends);
                if (at != null && (best == null || at.isBefore(best.at()))) {
                    best = new Planned(point, at, new TimingChoice(TimingChoice.Kind.BEST_HOUR, hour.localHour(),
                            hour.estimate()));
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /**
     * The engine's earliest permitted time in [opens, ends), confirmed by asking it about that very time (the engine
     * has the last word); null when there is none.
     */
    private static Instant permittedWithin(RulePack pack, Channel channel, PlanCandidate candidate, String point,
            Instant opens, Instant ends) {
        Decision decision = ComplianceEngine.decide(pack, contact(channel, candidate, point, opens),
                candidate.situation());
        if (decision.allowed()) {
            return opens;
        }
        Instant next = decision.nextPermittedAt();
        if (next == null || !next.isBefore(ends) || !ComplianceEngine.decide(pack,
                contact(channel, candidate, point, next), candidate.situation()).allowed()) {
            return null;
        }
        return next;
    }

    static ProposedContact contact(Channel channel, PlanCandidate candidate, String point, Instant at) {
        return new ProposedContact(candidate.caseId(), candidate.debtorId(), channel, PersonRole.DEBTOR, point, 1,
                false, at);
    }
}
