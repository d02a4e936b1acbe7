package org.collections.cases.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Outcome of a bulk import: counts and the rows that were rejected, with why.")
public record ImportReport(
        @Schema(description = "Data rows read (header excluded)") int rows,
        @Schema(description = "Cases created") int created,
        @Schema(description = "Rows whose creditor reference was already imported; left unchanged") int alreadyPresent,
        @Schema(description = "Rows rejected; see errors") int rejected,
        @Schema(description = "The rejected rows, up to 1000") List<RowError> errors,
        @Schema(description = "True when more rows were rejected than errors lists") boolean errorsTruncated) {

    @Schema(description = "Why one row was rejected")
    public record RowError(@Schema(description = "1-based line in the uploaded file") int line,
            @Schema(description = "The row's creditor reference; null when it has none or the row is unreadable")
            String externalRef,
            @Schema(description = "The offending column, or line when the whole row was refused (unreadable, "
                    + "or not stored)", examples = "principal") String field,
            @Schema(description = "What is wrong with it") String message) {
    }
}
