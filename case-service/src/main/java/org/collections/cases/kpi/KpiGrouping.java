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
    /** The case's delinquency bucket: the "segment" of the issue, until segments of their own exist. */
    BUCKET;

    public static KpiGrouping parse(String text) {
        for (KpiGrouping g : values()) {
            if (g.name().equalsIgnoreCase(text)) {
                return g;
            }
        }
        return null;
    }
}
