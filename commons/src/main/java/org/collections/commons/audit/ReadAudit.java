package org.collections.commons.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.collections.commons.db.GroupCommit;
import org.collections.commons.json.Json;

/**
 * Audit entries of reads (personal data seen unmasked), which change nothing else and so need no transaction: they
 * are written in group commits ({@link GroupCommit}). A read is never answered before its entry has committed, and
 * fails if the entry cannot be written.
 */
@ApplicationScoped
public class ReadAudit {

    private static final String INSERT = """
            insert into audit_log (at, actor, action, entity_type, entity_id, reason, after_state)
            select at, actor, action, entity_type, entity_id, reason, cast(after_state as jsonb)
              from unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
                   as entry (at, actor, action, entity_type, entity_id, reason, after_state)
            """;

    private final Clock clock;
    private final ObjectMapper mapper;
    private final GroupCommit<Entry> entries;

    ReadAudit(@ReactiveDataSource(GroupCommit.DATASOURCE) Pool pool, Clock clock, ObjectMapper mapper) {
        this.clock = clock;
        this.mapper = mapper;
        this.entries = new GroupCommit<>(pool, INSERT, ReadAudit::columns);
    }

    /** @param seen what the read was and found, if more than the entity (e.g. a search's criteria), or null */
    public Uni<Void> record(String actor, String action, String entityType, Object entityId, String reason,
            Object seen) {
        return entries.append(new Entry(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), actor, action,
                entityType, String.valueOf(entityId), reason, Json.write(mapper, seen)));
    }

    private static Tuple columns(List<Entry> batch) {
        return Tuple.from(new Object[] {
                batch.stream().map(Entry::at).toArray(OffsetDateTime[]::new),
                batch.stream().map(Entry::actor).toArray(String[]::new),
                batch.stream().map(Entry::action).toArray(String[]::new),
                batch.stream().map(Entry::entityType).toArray(String[]::new),
                batch.stream().map(Entry::entityId).toArray(String[]::new),
                batch.stream().map(Entry::reason).toArray(String[]::new),
                batch.stream().map(Entry::seen).toArray(String[]::new)});
    }

    private record Entry(OffsetDateTime at, String actor, String action, String entityType, String entityId,
            String reason, String seen) {
    }
}
