package org.collections.cases.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Cases and outstanding balances grouped by delinquency bucket and by status, per currency.")
public record PortfolioKpis(
        @Schema(description = "One group per delinquency bucket and currency") List<Group> byBucket,
        @Schema(description = "One group per case status and currency") List<Group> byStatus,
        @Schema(description = "One group per currency, key ALL") List<Group> totals) {

    @Schema(description = "Cases and their outstanding balance in one group and currency")
    public record Group(@Schema(description = "Bucket, status, or ALL", examples = "31-60") String key,
            @Schema(description = "ISO 4217 code of the balance", examples = "CNY") String currency,
            @Schema(description = "Number of cases in the group", examples = "42") long cases,
            @Schema(description = "Outstanding balance, decimal string at the currency's scale", examples = "55040.25")
            String balance) {
    }
}
