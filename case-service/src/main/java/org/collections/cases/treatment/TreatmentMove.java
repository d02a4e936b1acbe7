package org.collections.cases.treatment;

import java.util.UUID;

/** One thing the treatment job does to a case. */
public sealed interface TreatmentMove {

    /** The case's path stops: it left the segment, or its strategy changed. */
    record Leave(UUID treatmentId, String reason) implements TreatmentMove {
    }

    /** The case enters a segment of a strategy; step 0 may be due at once. */
    record Enter(Strategy strategy, Arm arm, Segment segment) implements TreatmentMove {
    }

    /** A step is due. */
    record Run(UUID treatmentId, int index, PathStep step) implements TreatmentMove {
    }

    /** Every step of the path has been carried out. */
    record Complete(UUID treatmentId) implements TreatmentMove {
    }
}
