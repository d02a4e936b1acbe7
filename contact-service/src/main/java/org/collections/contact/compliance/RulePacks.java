package org.collections.contact.compliance;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The built-in jurisdiction packs with their default (statutory) parameters. */
public final class RulePacks {

    private static final Set<Restriction> ALL_RESTRICTIONS = EnumSet.allOf(Restriction.class);
    private static final LocalTime EIGHT = LocalTime.of(8, 0);

    /** 12 CFR 1006 (Regulation F). */
    public static final RulePack US_REGF = new RulePack("US_REGF", EIGHT, LocalTime.of(21, 0), false,
            7, Duration.ofDays(7), Duration.ofDays(7), null, null, null, null, Set.of(), ALL_RESTRICTIONS, false, 5);

    /** National standard on post-loan collection 2025 / CBA consumer-loan collection guideline 2026. */
    public static final RulePack CN = new RulePack("CN", EIGHT, LocalTime.of(22, 0), true,
            null, null, null, 3, 6, 3, 2, Set.of(), ALL_RESTRICTIONS, false, null);

    /** FCA CONC 7; PAUSED is Breathing Space. */
    public static final RulePack UK_CONC = new RulePack("UK_CONC", EIGHT, LocalTime.of(21, 0), false,
            null, null, null, null, null, null, null, Set.of(), ALL_RESTRICTIONS, true, null);

    private RulePacks() {
    }

    /** US → US_REGF, CN → CN, UK or GB → UK_CONC (case-insensitive); IllegalArgumentException otherwise. */
    public static RulePack forJurisdiction(String countryCode) {
        String code = countryCode == null ? "" : countryCode.trim().toUpperCase(Locale.ROOT);
        return switch (code) {
            case "US" -> US_REGF;
            case "CN" -> CN;
            case "UK", "GB" -> UK_CONC;
            default -> throw new IllegalArgumentException("no rule pack for jurisdiction " + countryCode);
        };
    }

    /** The pack with that id (US_REGF, CN, UK_CONC); IllegalArgumentException otherwise. */
    public static RulePack byId(String id) {
        return all().stream().filter(pack -> pack.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule pack " + id));
    }

    public static List<RulePack> all() {
        return List.of(US_REGF, CN, UK_CONC);
    }
}
