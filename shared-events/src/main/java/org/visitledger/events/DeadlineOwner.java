package org.visitledger.events;

/** Who must act before a deadline falls due. */
public enum DeadlineOwner {
    PROVIDER,
    LEAD_INSPECTOR,
    INSPECTORATE,
    REGIONAL_INSPECTION_MANAGER
}
