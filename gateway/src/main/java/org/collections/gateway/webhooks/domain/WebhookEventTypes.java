package org.collections.gateway.webhooks.domain;

import java.util.List;

/** The events an agency may subscribe an endpoint to, as named on the wire ({@code type} of the webhook body). */
public final class WebhookEventTypes {

    public static final String CASE_PLACED = "CasePlaced";
    public static final String CASE_RECALLED = "CaseRecalled";
    public static final String PLAN_ACTIVATED = "PlanActivated";
    public static final String PLAN_BROKEN = "PlanBroken";
    public static final String PAYMENT_POSTED = "PaymentPosted";
    public static final String COMPLIANCE_BREACH = "ComplianceBreach";

    public static final List<String> ALL = List.of(CASE_PLACED, CASE_RECALLED, PLAN_ACTIVATED, PLAN_BROKEN,
            PAYMENT_POSTED, COMPLIANCE_BREACH);

    private WebhookEventTypes() {
    }
}
