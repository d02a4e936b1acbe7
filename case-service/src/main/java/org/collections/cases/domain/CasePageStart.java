package org.collections.cases.domain;

import java.time.Instant;
import java.util.UUID;

/** Where a page of cases starts: after the case created at {@code createdAt} with {@code id} (newest first, then by id). */
public record CasePageStart(Instant createdAt, UUID id) {
}
