package org.collections.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.collections.cases.domain.CaseAdjustment;
import org.collections.cases.domain.CollectionCase;
import org.collections.cases.repository.CaseRepository;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.money.Money;

/** Writes off what a case still owes: an append-only adjustment, the case's written-off amount and an audit entry. */
@ApplicationScoped
public class WriteOffs {

    @Inject
    CaseRepository cases;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Writes the balance off in the caller's transaction; does nothing when nothing is owed. */
    public Uni<BigDecimal> writeOffBalance(CollectionCase c, String reason, String actor) {
        BigDecimal before = c.writtenOff;
        BigDecimal amount = c.writeOffBalance();
        if (amount.signum() <= 0) {
            return Uni.createFrom().item(amount);
        }
        c.updatedAt = clock.instant();
        return CaseAdjustment.writeOff(c.id, amount, c.currency, reason, actor, clock.instant()).persist()
                .chain(() -> cases.flush())
                .chain(() -> audit.record(actor, "WRITE_OFF", "case", c.id, reason,
                        Map.of("writtenOff", Money.text(before, c.currency)),
                        Map.of("writtenOff", Money.text(c.writtenOff, c.currency), "amount", amount.toPlainString(),
                                "currency", c.currency, "balance", c.balance().toPlainString())))
                .replaceWith(amount);
    }
}
