package org.collections.cases.kpi;

/**
 * What the collection KPIs are grouped by. An event (attempt, promise, payment, complaint) counts for the group of
 * its own time: the agency and collector that made it, the case's delinquency bucket then. A case-state figure (cure,
 * roll rates, open cases) counts for the case's group at the start of the period, a placement for its own agency.
 */
public enum KpiGrouping {
    CREDITOR,
    AGENCY,
    COLLECTOR,
    /** The case's delinquency bucket. */
    BUCKET,
    /** The treatment segment the case was in ("strategy vN / segment"); none while it is in no segment. */
    SEGMENT,
    /**
     * The treatment strategy the case was last put on ("name vN"), also after it left the path: a champion/challenger
     * comparison counts every outcome of a case for the strategy it was assigned.
     */
    STRATEGY;

    public static KpiGrouping parse(String text) {
        for (KpiGrouping g : values()) {
            if (g.name().equalsIgnoreCase(text)) {
                return g;
            }
        }
        return null;
    }
}
