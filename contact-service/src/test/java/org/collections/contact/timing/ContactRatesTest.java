package org.collections.contact.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.collections.contact.compliance.Channel;
import org.collections.contact.compliance.Outcome;
import org.collections.contact.timing.ContactRates.HourRate;
import org.junit.jupiter.api.Test;

class ContactRatesTest {

    static final Segment ACME_UK = new Segment("ACME", "UK");

    @Test
    void anHoursRateIsPulledTowardsTheChannelsOverallRateInTheSegment() {
        ContactRates rates = ContactRates.builder(new TimingPolicy(30, 100, 20))
                .add(ACME_UK, Channel.CALL, 8, 100, 10).add(ACME_UK, Channel.CALL, 18, 100, 40).build();
        // the channel answers 50 of 200: 0.25; 20 prior attempts at 0.25 are 5 contacts
        assertThat(rates.hour(ACME_UK, Channel.CALL, 18).rate()).isCloseTo(45.0 / 120, within(1e-9));
        assertThat(rates.hour(ACME_UK, Channel.CALL, 8).rate()).isCloseTo(15.0 / 120, within(1e-9));
        assertThat(rates.hour(ACME_UK, Channel.CALL, 3)).isEqualTo(new RateEstimate(0, 0, 0.25, false));
        assertThat(rates.preferableHours(ACME_UK, Channel.CALL)).extracting(HourRate::localHour).containsExactly(18, 8);
    }

    @Test
    void anHourWithTooFewAttemptsIsNotPreferableHoweverLuckyItWas() {
        ContactRates rates = ContactRates.builder(new TimingPolicy(30, 100, 20))
                .add(ACME_UK, Channel.CALL, 8, 200, 20).add(ACME_UK, Channel.CALL, 12, 5, 5).build();
        RateEstimate lucky = rates.hour(ACME_UK, Channel.CALL, 12);
        assertThat(lucky.enough()).isFalse();
        assertThat(lucky.rate()).as("five of five, but shrunk towards 25/205").isLessThan(0.35);
        assertThat(rates.preferableHours(ACME_UK, Channel.CALL)).extracting(HourRate::localHour).containsExactly(8);
    }

    @Test
    void singleAttemptsCountAtTheDebtorsLocalHourAndOnlyConversationsWithTheDebtorAreRightPartyContacts() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        Instant sixPm = Instant.parse("2026-11-24T00:00:00Z"); // 18:00 in Chicago on the 23rd
        ContactRates.Builder builder = ContactRates.builder(new TimingPolicy(1, 1, 0));
        for (Outcome outcome : Outcome.values()) {
            builder.add(ACME_UK, Channel.CALL, sixPm, chicago, outcome);
        }
        RateEstimate six = builder.build().hour(ACME_UK, Channel.CALL, 18);
        assertThat(six.attempts()).isEqualTo(Outcome.values().length);
        assertThat(six.contacts()).isEqualTo(4);
        assertThat(RightPartyContact.OUTCOMES).containsExactlyInAnyOrder(Outcome.RIGHT_PARTY_CONTACT,
                Outcome.PROMISE_TO_PAY, Outcome.REFUSED, Outcome.OPT_OUT);
    }

    @Test
    void aChannelIsBetterOnlyWithEnoughAttemptsAndAHigherRate() {
        TimingPolicy policy = new TimingPolicy(30, 100, 20);
        ContactRates rates = ContactRates.builder(policy).add(ACME_UK, Channel.CALL, 10, 1000, 100)
                .add(ACME_UK, Channel.SMS, 10, 200, 60).add(ACME_UK, Channel.EMAIL, 10, 50, 40).build();
        Set<Channel> usable = Set.of(Channel.SMS, Channel.EMAIL, Channel.LETTER);
        assertThat(rates.betterChannels(ACME_UK, Channel.CALL, usable)).containsExactly(Channel.SMS);
        assertThat(rates.betterChannels(ACME_UK, Channel.SMS, Set.of(Channel.CALL))).isEmpty();
        assertThat(rates.betterChannels(new Segment("OTHER", "UK"), Channel.CALL, usable)).isEmpty();
    }

    @Test
    void theReasonSaysWhichHourAndOnHowMuchHistory() {
        assertThat(new TimingChoice(TimingChoice.Kind.BEST_HOUR, 18, new RateEstimate(1200, 504, 0.42, true))
                .describe()).isEqualTo("best hour 18 local, RPC rate 0.42 over 1,200 attempts");
        assertThat(new TimingChoice(TimingChoice.Kind.EARLIEST_TOO_LITTLE_HISTORY, 8, RateEstimate.NONE).describe())
                .isEqualTo("earliest permitted: too little history");
    }
}
