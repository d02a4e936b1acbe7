package org.collections.contact.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The debtor's stated contact times and channels are honoured (FCA CONC 7). Times hold in local time in every zone
 * the debtor may be in; letters are exempt from them, as from the contact hours. Other channels than the stated
 * ones are blocked, except a notice the law requires (it goes by the channel the law prescribes).
 */
final class StatedTimesRule implements Rule {

    @Override
    public String name() {
        return "STATED_TIMES";
    }

    @Override
    public Optional<Violation> check(RulePack pack, ProposedContact contact, ContactSituation situation) {
        StatedPreferences stated = situation.stated();
        if (channelNotStated(contact, stated)) {
            return Optional.of(violation(pack, "the debtor asked to be contacted only by "
                    + stated.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
                    + ", not by " + contact.channel()));
        }
        if (!timesApply(contact, stated)) {
            return Optional.empty();
        }
        ZoneId outside = stated.window().firstZoneOutside(contact.at(), situation.zones());
        if (outside == null) {
            return Optional.empty();
        }
        return Optional.of(violation(pack, "outside the debtor's stated times " + stated.window().describe()
                + " local time (" + Texts.time(contact.at(), outside) + " in " + outside + ")"));
    }

    @Override
    public Instant earliestSatisfied(RulePack pack, ProposedContact contact, ContactSituation situation) {
        StatedPreferences stated = situation.stated();
        if (channelNotStated(contact, stated)) {
            return null;
        }
        return timesApply(contact, stated) ? stated.window().earliestInAll(contact.at(), situation.zones())
                : contact.at();
    }

    private static boolean channelNotStated(ProposedContact contact, StatedPreferences stated) {
        return stated.hasChannels() && !stated.channels().contains(contact.channel()) && !contact.permittedNotice();
    }

    private static boolean timesApply(ProposedContact contact, StatedPreferences stated) {
        return stated.hasTimes() && contact.channel() != Channel.LETTER;
    }
}
