package org.collections.benchmarks;

import org.collections.contact.compliance.ComplianceEngine;
import org.collections.contact.compliance.ContactSituation;
import org.collections.contact.compliance.Decision;
import org.collections.contact.compliance.ProposedContact;
import org.collections.contact.compliance.RulePack;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One contact decision, {@link ComplianceEngine#decide}, in each {@link DecisionScenario}: every rule of the pack
 * judged against the debtor's thirty days of attempts and, when blocked, the search for the next permitted time.
 */
@State(Scope.Benchmark)
public class ContactDecisionBenchmark extends PerCoreThroughput {

    @Param
    public DecisionScenario scenario;

    private RulePack pack;
    private ProposedContact call;
    private ContactSituation situation;

    @Setup
    public void prepare() {
        pack = scenario.pack();
        call = scenario.call();
        situation = scenario.situation();
    }

    @Benchmark
    public Decision decide() {
        return ComplianceEngine.decide(pack, call, situation);
    }
}
