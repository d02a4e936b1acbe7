package org.collections.cases.treatment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a case is on a segment's path. ACTIVE: steps still to come; COMPLETED: every step carried "
        + "out; BLOCKED: contact-service's rules allowed no contact for a step (or no contact point could be used), so "
        + "the path stopped; LEFT_SEGMENT: the case left the segment (another bucket, balance or score, a plan, a "
        + "dispute, closure, or a change of strategy) and its path stopped there.")
public enum TreatmentStatus {
    ACTIVE, COMPLETED, BLOCKED, LEFT_SEGMENT
}
