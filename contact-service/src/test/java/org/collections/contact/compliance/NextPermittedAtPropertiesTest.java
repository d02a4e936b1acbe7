package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** nextPermittedAt is itself permitted, never before the proposed time, and the earliest such time. */
class NextPermittedAtPropertiesTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("America/New_York"),
            ZoneId.of("America/Los_Angeles"), ZoneId.of("Europe/London"), ZoneId.of("Australia/Lord_Howe"));
    private static final long FROM = LocalDate.of(2026, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    private static final long TO = LocalDate.of(2028, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    private static final int SAMPLES = 6;

    record Scenario(RulePack pack, ProposedContact contact, ContactSituation situation) {
    }

    @Property(tries = 1500)
    void nextPermittedAtIsPermittedAndEarliest(@ForAll("scenarios") Scenario scenario) {
        ProposedContact contact = scenario.contact();
        Decision decision = ComplianceEngine.decide(scenario.pack(), contact, scenario.situation());
        Instant at = contact.at();
        Instant next = decision.nextPermittedAt();

        Statistics.label("decision").collect(decision.allowed() ? "allow" : next == null ? "never" : "later");
        decision.violations().forEach(v -> Statistics.label("rule").collect(v.ruleId()));
        Statistics.label("rule").coverage(coverage -> {
            coverage.checkPattern(".*\\.STATED_TIMES").count((Predicate<Integer>) n -> n > 0);
            coverage.checkPattern(".*\\.VALIDATION_NOTICE").count((Predicate<Integer>) n -> n > 0);
        });
        assertThat(decision.allowed()).isEqualTo(decision.violations().isEmpty());
        if (decision.allowed()) {
            assertThat(next).isEqualTo(at);
            return;
        }
        if (next == null) {
            return;
        }
        assertThat(next).isAfter(at);
        assertThat(decideAt(scenario, next).allowed()).as("allowed at nextPermittedAt %s", next).isTrue();
        Duration gap = Duration.between(at, next);
        for (int k = 1; k < SAMPLES; k++) {
            Instant between = at.plus(gap.multipliedBy(k).dividedBy(SAMPLES));
            if (between.isAfter(at) && between.isBefore(next)) {
                assertThat(decideAt(scenario, between).allowed()).as("blocked at %s before %s", between, next)
                        .isFalse();
            }
        }
        Instant justBefore = next.minusSeconds(1);
        if (justBefore.isAfter(at)) {
            assertThat(decideAt(scenario, justBefore).allowed()).as("blocked just before %s", next).isFalse();
        }
    }

    private static Decision decideAt(Scenario scenario, Instant at) {
        ProposedContact c = scenario.contact();
        return ComplianceEngine.decide(scenario.pack(), new ProposedContact(c.caseId(), c.debtorId(), c.channel(),
                c.person(), c.contactPointId(), c.collectors(), c.permittedNotice(), at), scenario.situation());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Instant> ats = Arbitraries.longs().between(FROM, TO).map(Instant::ofEpochSecond);
        return ats.flatMap(at -> Combinators.combine(packs(at), contacts(at), situations(at))
                .as(Scenario::new));
    }

    private static Arbitrary<RulePack> packs(Instant at) {
        Arbitrary<RulePack> base = Arbitraries.of(RulePacks.all());
        Arbitrary<Integer> laterStart = Arbitraries.integers().between(0, 180);
        Arbitrary<Integer> earlierEnd = Arbitraries.integers().between(0, 180);
        Arbitrary<List<Integer>> holidayOffsets = Arbitraries.integers().between(-1, 10).list().ofMaxSize(3);
        Arbitrary<Boolean> override = Arbitraries.of(true, false);
        Arbitrary<Boolean> honourStatedTimes = Arbitraries.of(true, false);
        Arbitrary<Integer> validationNoticeDays = Arbitraries.integers().between(0, 5).injectNull(0.5);
        return Combinators.combine(base, override, laterStart, earlierEnd, holidayOffsets, honourStatedTimes,
                validationNoticeDays)
                .as((pack, tighten, start, end, offsets, honour, noticeDays) -> {
                    if (!tighten) {
                        return pack;
                    }
                    LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
                    Set<LocalDate> holidays = Set.copyOf(offsets.stream().map(day::plusDays).toList());
                    LocalTime hoursStart = pack.hoursStart().plusMinutes(start);
                    LocalTime hoursEnd = pack.hoursEnd().minusMinutes(end);
                    RuleOverride o = RuleOverride.none().withHours(hoursStart, hoursEnd).withExtraHolidays(holidays);
                    o = honour ? o.withHonourStatedTimes(true) : o;
                    o = noticeDays == null ? o : o.withValidationNoticeDays(noticeDays);
                    return pack.withOverride(o);
                });
    }

    private static Arbitrary<ProposedContact> contacts(Instant at) {
        return Combinators.combine(Arbitraries.of(Channel.CALL, Channel.CALL, Channel.SMS, Channel.VISIT,
                Channel.LETTER), Arbitraries.of(PersonRole.DEBTOR, PersonRole.DEBTOR, PersonRole.THIRD_PARTY),
                Arbitraries.of(Fixtures.PHONE, Fixtures.OTHER_PHONE), Arbitraries.integers().between(1, 3),
                Arbitraries.of(false, false, false, true))
                .as((channel, person, point, collectors, permittedNotice) -> new ProposedContact(Fixtures.CASE,
                        Fixtures.DEBTOR, channel, person, channel == Channel.VISIT ? null : point, collectors,
                        permittedNotice, at));
    }

    private static Arbitrary<ContactSituation> situations(Instant at) {
        Arbitrary<List<ZoneId>> zones = Arbitraries.of(ZONES).set().ofMinSize(1).ofMaxSize(2).map(List::copyOf);
        Arbitrary<List<AttemptRecord>> history = attempts(at).list().ofMaxSize(40);
        Arbitrary<Boolean> flags = Arbitraries.of(true, false);
        return Combinators.combine(zones, history, flags, flags, statedPreferences())
                .as((z, h, nightConsent, numbersInvalid, stated) -> new ContactSituation(z, Set.of(),
                        ContactPointStatus.VALID, Set.of(), nightConsent, numbersInvalid, h, stated));
    }

    /** Half the debtors stated nothing; the others times (either end may be open), channels, or both. */
    private static Arbitrary<StatedPreferences> statedPreferences() {
        Arbitrary<LocalTime> notBefore = Arbitraries.integers().between(0, 23 * 4 - 1)
                .map(quarter -> LocalTime.MIDNIGHT.plusMinutes(15L * quarter)).injectNull(0.3);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 16 * 4);
        Arbitrary<Set<Channel>> channels = Arbitraries.of(Channel.class).set().ofMaxSize(3);
        Arbitrary<StatedPreferences> stated = Combinators.combine(notBefore, length, Arbitraries.of(true, false),
                channels).as((from, quarters, openEnded, only) -> {
                    LocalTime start = from == null ? LocalTime.MIDNIGHT : from;
                    long minutes = Math.min(15L * quarters, Duration.between(start, LocalTime.MAX).toMinutes());
                    LocalTime end = openEnded && from != null ? null : start.plusMinutes(minutes);
                    return new StatedPreferences(from, end, only);
                });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(StatedPreferences.none())), Tuple.of(1, stated));
    }

    private static Arbitrary<AttemptRecord> attempts(Instant at) {
        // mostly within the last day so that daily caps are reached, some up to 8 days back, a few after the
        // proposed time (a ledger may hold attempts booked after it)
        Arbitrary<Duration> ago = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(1, 86_400).map(Duration::ofSeconds)),
                Tuple.of(4, Arbitraries.longs().between(1, 8 * 86_400).map(Duration::ofSeconds)),
                Tuple.of(1, Arbitraries.longs().between(-3 * 86_400, 0).map(Duration::ofSeconds)));
        Arbitrary<Channel> channels = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Channel.CALL)),
                Tuple.of(1, Arbitraries.of(Channel.EMAIL, Channel.LETTER)));
        Arbitrary<AttemptPurpose> purposes = Arbitraries.of(AttemptPurpose.class).injectNull(0.9);
        return Combinators.combine(ago, Arbitraries.of(Fixtures.CASE, Fixtures.OTHER_CASE),
                Arbitraries.of(Direction.OUTBOUND, Direction.OUTBOUND, Direction.INBOUND),
                outcomes(), Arbitraries.of(Fixtures.PHONE, Fixtures.OTHER_PHONE),
                Arbitraries.of(PersonRole.DEBTOR, PersonRole.DEBTOR, PersonRole.THIRD_PARTY), channels, purposes)
                .as((d, caseId, direction, outcome, point, person, channel, purpose) -> new AttemptRecord(caseId,
                        Fixtures.DEBTOR, channel, direction, person, point, at.minus(d), outcome,
                        caseId.equals(Fixtures.CASE) ? null : "agency-b", purpose));
    }

    /** Biased towards unanswered calls so that the per-contact-point daily cap is reached. */
    private static Arbitrary<Outcome> outcomes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(Outcome.NO_ANSWER, Outcome.BUSY, Outcome.VOICEMAIL)),
                Tuple.of(1, Arbitraries.of(Outcome.values())));
    }

    @Property(tries = 200)
    void violationsNameOnlyThePacksRulesOnce(@ForAll("scenarios") Scenario scenario) {
        Decision decision = ComplianceEngine.decide(scenario.pack(), scenario.contact(), scenario.situation());

        assertThat(decision.violations()).allSatisfy(v -> assertThat(v.ruleId())
                .startsWith(scenario.pack().id() + ".").isIn(scenario.pack().ruleIds()));
        assertThat(new ArrayList<>(decision.violations())).doesNotHaveDuplicates();
    }
}
