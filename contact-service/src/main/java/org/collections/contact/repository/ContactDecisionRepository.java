package org.collections.contact.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.collections.commons.db.GroupCommit;
import org.collections.contact.model.ContactDecision;

@ApplicationScoped
public class ContactDecisionRepository implements PanacheRepositoryBase<ContactDecision, UUID> {

    private static final String INSERT = """
            insert into contact_decision (id, case_id, debtor_id, channel, person, contact_point_id, allowed, rule_ids,
                                          rule_pack, at, decided_at, valid_until, decided_by, agency_id)
            select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::boolean[],
                                 $8::text[], $9::text[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[],
                                 $13::text[], $14::text[])
            """;

    @Inject
    @ReactiveDataSource(GroupCommit.DATASOURCE)
    Pool appends;

    private GroupCommit<ContactDecision> kept;

    @PostConstruct
    void prepare() {
        kept = new GroupCommit<>(appends, INSERT, ContactDecisionRepository::columns);
    }

    /** Keeps a decision, committed with the others being kept at the same time ({@link GroupCommit}). */
    public Uni<Void> keep(ContactDecision decision) {
        return kept.append(decision);
    }

    private static Tuple columns(List<ContactDecision> batch) {
        return Tuple.from(new Object[] {
                column(batch, d -> d.id, UUID[]::new),
                column(batch, d -> d.caseId, UUID[]::new),
                column(batch, d -> d.debtorId, UUID[]::new),
                column(batch, d -> d.channel.name(), String[]::new),
                column(batch, d -> d.person.name(), String[]::new),
                column(batch, d -> d.contactPointId, UUID[]::new),
                column(batch, d -> d.allowed, Boolean[]::new),
                column(batch, d -> d.ruleIds, String[]::new),
                column(batch, d -> d.rulePack, String[]::new),
                column(batch, d -> utc(d.at), OffsetDateTime[]::new),
                column(batch, d -> utc(d.decidedAt), OffsetDateTime[]::new),
                column(batch, d -> utc(d.validUntil), OffsetDateTime[]::new),
                column(batch, d -> d.decidedBy, String[]::new),
                column(batch, d -> d.agencyId, String[]::new)});
    }

    private static <C> C[] column(List<ContactDecision> batch, Function<ContactDecision, C> value,
            IntFunction<C[]> array) {
        return batch.stream().map(value).toArray(array);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
