package org.visitledger.query.analytics;

/**
 * Timeliness of one deadline code (within one group): counted from the same computed statuses as the
 * deadline rows, so the two always agree. {@code onTimeRate} = met on time / (met on time + met late + met early +
 * missed); null while none has fallen due. Met early (before its window opened, rule MONITORING-VISIT-EARLY) is not
 * on time.
 */
public record TimelinessRow(String code, String group, long metOnTime, long metLate, long metEarly, long missed,
                            long open, Double onTimeRate) {
}
