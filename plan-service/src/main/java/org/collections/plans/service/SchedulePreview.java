package org.collections.plans.service;

import java.math.BigDecimal;
import org.collections.plans.domain.Schedule;

/** The schedule a proposal would have; nothing is stored. */
public record SchedulePreview(Schedule schedule, String currency, BigDecimal amount, BigDecimal discountPercent) {
}
