package org.collections.plans.domain;

import java.util.Objects;

/** The four-eyes rule: whoever proposed a plan or settlement may not also approve it. */
public final class FourEyes {

    public static final String RULE = "four-eyes";

    private FourEyes() {
    }

    /** True when {@code approver} may approve what {@code proposer} proposed, under the rule when {@code enforced}. */
    public static boolean mayApprove(boolean enforced, String proposer, String approver) {
        return !enforced || !Objects.equals(proposer, approver);
    }
}
