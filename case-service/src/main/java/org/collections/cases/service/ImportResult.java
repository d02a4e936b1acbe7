package org.collections.cases.service;

import java.util.List;

/**
 * What a bulk import did: every data row was created, already present or rejected; the problems of rejected rows
 * are listed up to a limit ({@code errorsTruncated} when more were rejected).
 */
public record ImportResult(int rows, int created, int alreadyPresent, int rejected, List<RowProblem> errors,
        boolean errorsTruncated) {

    /** Why a row was rejected: its 1-based line, its creditor reference (null when unknown), the column or line. */
    public record RowProblem(int line, String externalRef, String field, String message) {

        /** A problem on a property path ("debtor.fullName", "debts[0].principal"), named by its flat column. */
        public static RowProblem atPath(int line, String externalRef, String path, String message) {
            String last = path.substring(path.lastIndexOf('.') + 1);
            return new RowProblem(line, externalRef, last.replaceAll("\\[\\d+]", ""), message);
        }
    }
}
