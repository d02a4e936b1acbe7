package org.collections.contact.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * At most {@code callCap} outbound calls to the debtor about one debt in any rolling {@code callWindow}; a call
 * leaves the window exactly {@code callWindow} after it was made (12 CFR 1006.14(b)(2)(i)(A)). Calls that did not
 * connect to the number dialled (busy, not in service, network failure) do not count (1006.14(b)(3)); unanswered
 * calls, voicemails and conversations do, and so does a call lease that is out. Inbound calls are conversations,
 * not attempts: they start the cool-down but do not count here.
 */
final class CallFrequencyRule implements Rule {

    @Override
    public String name() {
        return "CALL_FREQUENCY";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (!applies(contact)) {
            return Optional.empty();
        }
        List<Counted> calls = countedInWindow(pack, contact, situation);
        if (calls.size() < pack.callCap()) {
            return Optional.empty();
        }
        Instant windowStart = windowStart(pack, contact);
        long notCounted = History.count(situation, contact.at(), a -> inWindow(windowStart, contact, a)
                && !a.outcome().connectedToNumber());
        return Optional.of(violation(pack, calls.size() + " calls in the " + Texts.duration(pack.callWindow())
                + " since " + Texts.instant(calls.get(0).at()) + ": " + breakdown(calls)
                + (notCounted == 0 ? "" : " (" + notCounted + " busy or not in service not counted)")));
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        List<Counted> calls = countedInWindow(pack, contact, situation);
        if (calls.size() < pack.callCap()) {
            return contact.at();
        }
        // Once this many of the oldest calls have left the window, one more call fits under the cap.
        int mustLeave = calls.size() - pack.callCap() + 1;
        return calls.get(mustLeave - 1).at().plus(pack.callWindow());
    }

    private static boolean applies(ProposedContact contact) {
        return contact.channel() == Channel.CALL && contact.person() == PersonRole.DEBTOR;
    }

    /** A call that counts toward the cap, and what it was: "unanswered", "voicemail", "conversation", … */
    private record Counted(Instant at, String kind) {
    }

    private static final Comparator<Counted> OLDEST_FIRST = Comparator.comparing(Counted::at);

    private static List<Counted> countedInWindow(RulePack pack, ProposedContact contact, ContactSituation situation) {
        Instant windowStart = windowStart(pack, contact);
        List<Counted> counted = new ArrayList<>();
        History.upTo(situation, contact.at(), a -> inWindow(windowStart, contact, a) && a.outcome().connectedToNumber())
                .forEach(a -> counted.add(new Counted(a.at(), kind(a.outcome()))));
        History.leasesUpTo(situation, contact.at(), l -> l.leasedAt().isAfter(windowStart)
                && l.caseId().equals(contact.caseId()) && l.channel() == Channel.CALL
                && l.person() == PersonRole.DEBTOR)
                .forEach(l -> counted.add(new Counted(l.leasedAt(), "in progress")));
        counted.sort(OLDEST_FIRST);
        return counted;
    }

    /** The window ends at the contact's time and starts just after this instant. */
    private static Instant windowStart(RulePack pack, ProposedContact contact) {
        return contact.at().minus(pack.callWindow());
    }

    private static boolean inWindow(Instant windowStart, ProposedContact contact, AttemptRecord a) {
        return a.at().isAfter(windowStart) && a.caseId().equals(contact.caseId()) && a.channel() == Channel.CALL
                && a.direction() == Direction.OUTBOUND && a.person() == PersonRole.DEBTOR;
    }

    private static String kind(Outcome outcome) {
        if (outcome.connected()) {
            return "conversation";
        }
        return switch (outcome) {
            case NO_ANSWER -> "unanswered";
            case VOICEMAIL -> "voicemail";
            case WRONG_NUMBER -> "wrong number";
            default -> outcome.name().toLowerCase().replace('_', ' ');
        };
    }

    /** "5 unanswered, 2 voicemail", in order of first appearance. */
    private static String breakdown(List<Counted> calls) {
        Map<String, Long> byKind = calls.stream()
                .collect(Collectors.groupingBy(Counted::kind, LinkedHashMap::new, Collectors.counting()));
        return byKind.entrySet().stream().map(e -> e.getValue() + " " + plural(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String plural(String kind, long count) {
        return count > 1 && kind.equals("conversation") ? "conversations" : kind;
    }
}
