package org.collections.cases.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Cases and outstanding balances grouped by delinquency bucket and by status, per currency.")
public record PortfolioKpis(List<Group> byBucket, List<Group> byStatus, List<Group> totals) {

    public record Group(@Schema(description = "Bucket, status, or ALL") String key, String currency, long cases,
            @Schema(description = "Outstanding balance, decimal string") String balance) {
    }
}
