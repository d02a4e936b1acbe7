package org.collections.commons.jobs;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets exactly one replica run a periodic job for a period (e.g. the daily run of one date). The claim is a
 * row written in the caller's transaction: if the job fails, the claim rolls back with it and a later run
 * may claim the period again.
 */
@ApplicationScoped
public class JobClaims {

    /** @return true when this caller won the period and should run the job */
    public Uni<Boolean> claim(String job, String period) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "insert into job_claim (job, period, claimed_at) values (:job, :period, now()) on conflict do nothing")
                .setParameter("job", job).setParameter("period", period).executeUpdate()).map(rows -> rows == 1);
    }
}
