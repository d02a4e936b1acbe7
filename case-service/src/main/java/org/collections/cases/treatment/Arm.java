package org.collections.cases.treatment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The side of a creditor's champion/challenger experiment a case is in. CHAMPION: the strategy in "
        + "force; CHALLENGER: the strategy tried on the configured share of cases.")
public enum Arm {
    CHAMPION, CHALLENGER
}
