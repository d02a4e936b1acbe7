package org.collections.cases.scoring;

/**
 * The features a propensity-to-pay model may use: the case's debt and its own repayment and contact history, nothing
 * about who the debtor is. Adding one is a reviewed change: {@link ProtectedAttributes} refuses any name that could
 * stand for a protected attribute, and a test lists the approved set.
 */
public enum ScoreFeature {
    DAYS_PAST_DUE("Days past due at the observation time, at most 720"),
    BALANCE_LOG("Natural log of 1 + the open balance in major units"),
    PAID_SHARE("Share of the total debt paid so far, 0 to 1"),
    PAYMENTS_90D("Payments posted in the 90 days before"),
    DAYS_SINCE_PAYMENT("Days since the last payment, 365 when none or longer"),
    PROMISES_KEPT("Promises to pay kept so far"),
    PROMISES_BROKEN("Promises to pay broken so far"),
    PLANS_BROKEN("Repayment plans broken so far"),
    BUCKET_ROLLS_180D("Times the case rolled into a worse delinquency bucket in the 180 days before"),
    RIGHT_PARTY_CONTACTS_30D("Conversations with the debtor in the 30 days before"),
    DAYS_SINCE_OPENED("Days since the case was opened, at most 720");

    private final String description;

    ScoreFeature(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The name of the one-hot feature for a product, e.g. {@code PRODUCT=CREDIT_CARD}. */
    public static String product(String product) {
        return "PRODUCT=" + product;
    }
}
