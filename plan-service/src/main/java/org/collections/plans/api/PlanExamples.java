package org.collections.plans.api;

/**
 * Request examples of the API document, meant to succeed when sent as they are from Swagger UI once {@code caseId} is
 * the id of a case createCase returned (the README's walkthrough case: 1310.50 CNY owed). Dates lie far in the
 * future because a due date may not be in the past.
 */
final class PlanExamples {

    static final String CASE_ID = "4b1f3c2a-8d6e-4f1a-9c3b-2e5d7a9f1b0c";

    static final String INSTALLMENT_SUMMARY = "12 monthly installments (put the id createCase returned in caseId)";
    static final String INSTALLMENT = """
            {"caseId": "4b1f3c2a-8d6e-4f1a-9c3b-2e5d7a9f1b0c", "type": "INSTALLMENT", "amount": "1200.00",
             "installments": 12, "frequency": "MONTHLY", "firstDueDate": "2099-01-15"}""";

    static final String SETTLEMENT_SUMMARY = "A one-off settlement at a discount, offered until a date";
    static final String SETTLEMENT = """
            {"caseId": "4b1f3c2a-8d6e-4f1a-9c3b-2e5d7a9f1b0c", "type": "SETTLEMENT", "amount": "1000.00",
             "installments": 1, "frequency": "MONTHLY", "firstDueDate": "2099-01-15", "offerExpiresOn": "2099-01-10"}""";

    static final String PAYMENT_SUMMARY = "Money received by bank transfer";
    static final String PAYMENT = """
            {"amount": "100.00", "currency": "CNY", "payerReference": "BANK-TX-20261215-0042"}""";

    static final String PROMISE_SUMMARY = "A promise taken on a call (put the id createCase returned in caseId)";
    static final String PROMISE = """
            {"caseId": "4b1f3c2a-8d6e-4f1a-9c3b-2e5d7a9f1b0c", "amount": "500.00", "dueDate": "2099-01-15", "channel": "CALL"}""";

    static final String PROMISE_PAYMENT_SUMMARY = "Money received towards the promise";
    static final String PROMISE_PAYMENT = """
            {"amount": "500.00", "currency": "CNY", "payerReference": "ALIPAY-20261205-0077"}""";

    private PlanExamples() {
    }
}
