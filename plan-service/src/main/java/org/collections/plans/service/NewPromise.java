package org.collections.plans.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.collections.plans.domain.Promise;

public record NewPromise(UUID caseId, BigDecimal amount, LocalDate dueDate, Promise.Channel channel) {
}
