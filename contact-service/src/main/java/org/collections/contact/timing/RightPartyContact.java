package org.collections.contact.timing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.collections.contact.compliance.Outcome;

/**
 * Which outcomes of an outbound attempt on the debtor count as a right-party contact: a conversation with the debtor
 * (a connected call, or an answer on any channel, that was not with a third party). A delivered letter or message is
 * not one: it says nothing about whether the debtor engages at that hour.
 */
public final class RightPartyContact {

    public static final Set<Outcome> OUTCOMES = Set.copyOf(Arrays.stream(Outcome.values())
            .filter(o -> o.connected() && o != Outcome.THIRD_PARTY)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Outcome.class))));

    private RightPartyContact() {
    }

    public static boolean is(Outcome outcome) {
        return OUTCOMES.contains(outcome);
    }
}
