package org.collections.cases.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Outcome of a bulk import: counts and the rows that were rejected, with why.")
public record ImportReport(
        @Schema(description = "Data rows read (header excluded)") int rows,
        @Schema(description = "Cases created") int created,
        @Schema(description = "Rows whose creditor reference was already imported; left unchanged") int alreadyPresent,
        @Schema(description = "Rows rejected; see errors") int rejected,
        List<RowError> errors,
        @Schema(description = "True when more rows were rejected than errors lists") boolean errorsTruncated) {

    public record RowError(@Schema(description = "1-based line in the uploaded file") int line, String externalRef,
            String field, String message) {
    }
}
