package org.collections.contact.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.collections.commons.problem.ProblemException;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.contact.compliance.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an agency contacts debtors: its outbound attempts, how many were compliant, which rules the rest broke. */
@ApplicationScoped
public class AgencyKpiService {

    private static final List<String> CONNECTED = Arrays.stream(Outcome.values()).filter(Outcome::connected)
            .map(Enum::name).toList();

    @Inject
    CurrentPrincipal principal;

    @Schema(description = "Non-compliant attempts that broke one rule")
    public record RuleCount(@Schema(description = "The rule", examples = "US_REGF.CALL_FREQUENCY") String ruleId,
            @Schema(description = "Attempts that broke it", examples = "1") long attempts) {
    }

    @Schema(description = "How an agency contacted debtors in a period: its outbound attempts")
    public record AgencyKpis(@Schema(description = "The agency", examples = "AGENCY-A") String agencyId,
            @Schema(description = "Start of the period (UTC, inclusive)") Instant from,
            @Schema(description = "End of the period (UTC, exclusive)") Instant to,
            @Schema(description = "Outbound attempts the agency recorded", examples = "120") long attempts,
            @Schema(description = "Of those, made under a dispatch lease or a fresh ALLOW decision", examples = "119")
            long compliant,
            @Schema(description = "Of those, made without one (reported as compliance breaches)", examples = "1")
            long nonCompliant,
            @Schema(description = "Non-compliant attempts by broken rule, most frequent first; an attempt that broke "
                    + "several rules counts under each") List<RuleCount> nonCompliantByRule,
            @Schema(description = "Attempts that reached someone (a conversation)", examples = "45") long connected) {
    }

    @WithSession
    public Uni<AgencyKpis> of(String agencyId, Instant from, Instant to) {
        if (principal.isAgency() && !Objects.equals(agencyId, principal.requiredAgencyId())) {
            throw ProblemException.notFound("Agency", agencyId);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                select count(*), count(*) filter (where compliant), count(*) filter (where outcome in (:connected))
                  from attempt
                 where agency_id = :agency and direction = 'OUTBOUND' and at >= :from and at < :to
                """, Object[].class)
                .setParameter("connected", CONNECTED)
                .setParameter("agency", agencyId)
                .setParameter("from", utc(from))
                .setParameter("to", utc(to))
                .getSingleResult()
                .chain(totals -> s.createNativeQuery("""
                        select r.rule_id, count(*)
                          from compliance_breach b cross join unnest(string_to_array(b.rule_ids, ',')) as r(rule_id)
                         where b.agency_id = :agency and b.at >= :from and b.at < :to
                         group by r.rule_id order by count(*) desc, r.rule_id
                        """, Object[].class)
                        .setParameter("agency", agencyId)
                        .setParameter("from", utc(from))
                        .setParameter("to", utc(to))
                        .getResultList()
                        .map(rows -> {
                            long attempts = number(totals[0]);
                            long compliant = number(totals[1]);
                            List<RuleCount> byRule = rows.stream()
                                    .map(r -> new RuleCount((String) r[0], number(r[1]))).toList();
                            return new AgencyKpis(agencyId, from, to, attempts, compliant, attempts - compliant, byRule,
                                    number(totals[2]));
                        })));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
