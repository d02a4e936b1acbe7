package org.collections.cases.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.collections.cases.service.ImportResult;
import org.collections.cases.service.ImportRunner;
import org.collections.commons.security.CurrentPrincipal;
import org.collections.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/case-imports")
@Tag(name = "Bulk import", description = "Cases from a creditor's file")
@SecurityRequirement(name = "SecurityScheme")
public class ImportResource {

    public static final String NDJSON = "application/x-ndjson";

    @Inject
    ImportRunner runner;

    @Inject
    CurrentPrincipal principal;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @POST
    @Blocking
    @Consumes({NDJSON, "text/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGERS)
    @Operation(operationId = "importCases", summary = "Import cases in bulk",
            description = "Imports cases in bulk, one case per row, as JSON lines or CSV with a header row. "
                    + "Supervisor and admin only. Columns: creditorId, externalRef, fullName, nationalId, phones and "
                    + "emails (';'-separated), timeZone, jurisdiction, preferredLanguage, product, accountRef, "
                    + "principal, interest, fees, currency, oldestUnpaidDate, chargeOffDate, limitationDate. The "
                    + "upload is streamed and written in batches, so 100,000 rows fit in one request. Idempotent by "
                    + "the creditor's reference: rows already imported are counted as alreadyPresent and left "
                    + "unchanged. Bad rows are listed with line, field and reason; the good rows are imported. The "
                    + "report is exact: every row is created, alreadyPresent or rejected (listed in errors, up to "
                    + "1000), including a row the database refuses, which is then left out alone. Each created case "
                    + "is audited (CASE_CREATED) and published like one from createCase.")
    // documented as text, not binary: NDJSON and CSV are text, and generated clients then send a String as it is
    @RequestBody(required = true, content = {
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public ImportReport importCases(@HeaderParam("Content-Type") String contentType, InputStream body) {
        ImportUpload.Format format = contentType != null && contentType.startsWith("text/csv")
                ? ImportUpload.Format.CSV : ImportUpload.Format.NDJSON;
        ImportResult result;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            result = runner.run(new ImportUpload(reader, format, mapper, validator), principal.name());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed", e);
        }
        return report(result);
    }

    private static ImportReport report(ImportResult r) {
        return new ImportReport(r.rows(), r.created(), r.alreadyPresent(), r.rejected(), r.errors().stream()
                .map(e -> new ImportReport.RowError(e.line(), e.externalRef(), e.field(), e.message())).toList(),
                r.errorsTruncated());
    }
}
