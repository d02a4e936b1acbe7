package org.collections.contact.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** No contact on the pack's holidays, taken in the debtor's local date (in any of the possible zones). */
final class HolidayRule implements Rule {

    @Override
    public String name() {
        return "HOLIDAY";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        if (contact.channel() == Channel.LETTER) {
            return Optional.empty();
        }
        for (ZoneId zone : situation.zones()) {
            LocalDate day = contact.at().atZone(zone).toLocalDate();
            if (pack.holidays().contains(day)) {
                return Optional.of(violation(pack, day + " is a holiday in " + zone + ""));
            }
        }
        return Optional.empty();
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        Instant candidate = contact.at();
        for (ZoneId zone : situation.zones()) {
            Instant at = candidate;
            while (pack.holidays().contains(at.atZone(zone).toLocalDate())) {
                at = History.nextLocalMidnight(at, zone);
            }
            candidate = at;
        }
        // A later zone may have moved the candidate onto an earlier zone's holiday; the engine re-evaluates.
        return candidate;
    }
}
