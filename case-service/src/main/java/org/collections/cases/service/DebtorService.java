package org.collections.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collections.cases.domain.Debtor;
import org.collections.cases.repository.CaseRepository;
import org.collections.cases.repository.DebtorPhoneRepository;
import org.collections.cases.repository.DebtorRepository;
import org.collections.commons.audit.AuditLog;
import org.collections.commons.audit.ReadAudit;
import org.collections.commons.problem.ProblemException;

/** Debtors: created once per national id, searched by exact phone or national id through blind indexes. */
@ApplicationScoped
public class DebtorService {

    @Inject
    DebtorRepository debtors;

    @Inject
    DebtorPhoneRepository phones;

    @Inject
    CaseRepository cases;

    @Inject
    DebtorCodec codec;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    ReadAudit readAudit;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<DebtorDetails> create(CaseCommands.NewDebtor command, String actor) {
        return findOrCreate(command, clock.instant(), actor).map(d -> codec.decode(d, false));
    }

    /** The debtor with the command's national id if one exists (its stored data kept), else a new one. */
    public Uni<Debtor> findOrCreate(CaseCommands.NewDebtor command, Instant now, String actor) {
        codec.checkContactPoints(command);
        Uni<Debtor> existing = command.nationalId() == null ? Uni.createFrom().nullItem()
                : debtors.byNationalIdIndex(codec.nationalIdIndex(command.nationalId()));
        return existing.chain(found -> found != null ? Uni.createFrom().item(found) : insert(command, now, actor));
    }

    private Uni<Debtor> insert(CaseCommands.NewDebtor command, Instant now, String actor) {
        Debtor debtor = codec.encode(command, now);
        return debtors.persist(debtor)
                .chain(() -> phones.persistAll(codec.phoneIndexes(debtor, command.phones())))
                .chain(() -> audit.record(actor, "DEBTOR_CREATED", "debtor", debtor.id, "debtor registered", null,
                        Map.of("jurisdiction", debtor.jurisdiction, "timeZone", debtor.timeZone)))
                .replaceWith(debtor);
    }

    /** Reading unmasked personal data is audited. Agencies see only debtors of cases placed with them, masked. */
    @WithSession
    public Uni<DebtorDetails> get(UUID id, String actor) {
        return debtors.findById(id).chain(debtor -> {
            if (debtor == null) {
                throw ProblemException.notFound("Debtor", id);
            }
            if (access.masked()) {
                return cases.list("debtorId", id).map(list -> {
                    if (list.stream().noneMatch(access::visible)) {
                        throw ProblemException.notFound("Debtor", id);
                    }
                    return codec.decode(debtor, true);
                });
            }
            return readAudit.record(actor, "PII_READ", "debtor", id, "debtor read", null)
                    .replaceWith(codec.decode(debtor, false));
        });
    }

    public String phoneIndex(String phone) {
        return codec.phoneIndex(phone);
    }

    public String nationalIdIndex(String nationalId) {
        return codec.nationalIdIndex(nationalId);
    }

    /** Ids of debtors matching an exact phone and/or national id; null when neither is given. */
    public Uni<List<UUID>> idsMatching(String phone, String nationalId) {
        if (phone == null && nationalId == null) {
            return Uni.createFrom().nullItem();
        }
        Uni<List<UUID>> byPhone = phone == null ? Uni.createFrom().nullItem()
                : debtors.byPhoneIndex(codec.phoneIndex(phone)).map(l -> l.stream().map(d -> d.id).toList());
        return byPhone.chain(phoneIds -> {
            if (nationalId == null) {
                return Uni.createFrom().item(phoneIds);
            }
            return debtors.byNationalIdIndex(codec.nationalIdIndex(nationalId)).map(d -> {
                List<UUID> ids = d == null ? List.of() : List.of(d.id);
                return phoneIds == null ? ids : ids.stream().filter(phoneIds::contains).toList();
            });
        });
    }
}
