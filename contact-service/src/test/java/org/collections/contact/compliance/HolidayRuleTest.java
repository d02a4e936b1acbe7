package org.collections.contact.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collections.contact.compliance.Fixtures.LONDON;
import static org.collections.contact.compliance.Fixtures.NEW_YORK;
import static org.collections.contact.compliance.Fixtures.SHANGHAI;
import static org.collections.contact.compliance.Fixtures.call;
import static org.collections.contact.compliance.Fixtures.local;
import static org.collections.contact.compliance.Fixtures.situation;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HolidayRuleTest {

    private static final LocalDate CHRISTMAS = LocalDate.parse("2026-12-25");
    private static final LocalDate BOXING_DAY = LocalDate.parse("2026-12-26");

    private static RulePack withHolidays(RulePack pack, LocalDate... days) {
        return pack.withOverride(RuleOverride.none().withExtraHolidays(Set.of(days)));
    }

    @Test
    void packsHaveNoHolidaysByDefault() {
        assertThat(RulePacks.all()).allSatisfy(pack -> assertThat(pack.holidays()).isEmpty());
        assertThat(ComplianceEngine.decide(RulePacks.UK_CONC, call(local("2026-12-25T12:00", LONDON)),
                situation(LONDON).build()).allowed()).isTrue();
    }

    @Test
    void aHolidayBlocksTheLocalDayAndConsecutiveHolidaysAreSkipped() {
        RulePack pack = withHolidays(RulePacks.UK_CONC, CHRISTMAS, BOXING_DAY);

        Decision decision = ComplianceEngine.decide(pack, call(local("2026-12-25T12:00", LONDON)),
                situation(LONDON).build());

        assertThat(decision.violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("UK_CONC.HOLIDAY");
            assertThat(v.reason()).contains("2026-12-25 is a holiday");
        });
        assertThat(decision.nextPermittedAt()).isEqualTo(local("2026-12-27T08:00", LONDON));
        assertThat(ComplianceEngine.decide(pack, call(local("2026-12-24T20:59", LONDON)),
                situation(LONDON).build()).allowed()).isTrue();
    }

    @Test
    void theHolidayIsTakenInTheDebtorsLocalDate() {
        RulePack pack = withHolidays(RulePacks.CN, LocalDate.parse("2026-10-01"));
        // with night consent the hours do not apply, so the next local day starts at midnight
        Decision decision = ComplianceEngine.decide(pack, call(local("2026-10-01T09:00", SHANGHAI)),
                situation(SHANGHAI).nightConsent().build());

        assertThat(decision.violations()).extracting(Violation::ruleId).containsExactly("CN.HOLIDAY");
        assertThat(decision.nextPermittedAt()).isEqualTo(local("2026-10-02T00:00", SHANGHAI));
    }

    @Test
    void aHolidayInAnyPossibleZoneBlocks() {
        RulePack pack = withHolidays(RulePacks.US_REGF, CHRISTMAS);
        // 20:30 on the 24th in New York is 09:30 on the 25th in Shanghai
        Decision decision = ComplianceEngine.decide(pack, call(local("2026-12-24T20:30", NEW_YORK)),
                situation(NEW_YORK, SHANGHAI).build());

        assertThat(decision.violations()).extracting(Violation::ruleId).contains("US_REGF.HOLIDAY");
    }
}
