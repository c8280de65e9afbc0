package org.visitledger.query.analytics;

import java.util.Arrays;

/** The {@code groupBy} of GET /api/analytics/timeliness: by visit type, by region or by month (UTC) of the due date. */
public enum TimelinessGrouping {
    VISIT_TYPE("visitType", "visit_type"),
    REGION("region", "region"),
    MONTH("month", "EXTRACT(YEAR FROM due_at) * 100 + EXTRACT(MONTH FROM due_at)");

    private final String parameter;
    private final String sql;

    TimelinessGrouping(String parameter, String sql) {
        this.parameter = parameter;
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    String label(String value) {
        if (this != MONTH) {
            return value;
        }
        int yearMonth = (int) Double.parseDouble(value);
        return String.format("%04d-%02d", yearMonth / 100, yearMonth % 100);
    }

    /** Null for no grouping; an unknown name is refused. */
    public static TimelinessGrouping fromParameter(String parameter) {
        if (parameter == null) {
            return null;
        }
        return Arrays.stream(values()).filter(g -> g.parameter.equals(parameter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(parameter));
    }

    public static String parameters() {
        return Arrays.toString(Arrays.stream(values()).map(g -> g.parameter).toArray());
    }
}
