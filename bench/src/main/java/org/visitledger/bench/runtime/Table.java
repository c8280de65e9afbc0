package org.visitledger.bench.runtime;

import java.util.ArrayList;
import java.util.List;

/** The comparison's result as a markdown table: one row per measure, the median of each app, each against the first. */
final class Table {

    private record Row(String measure, Figures figures, int decimals) {
    }

    private final List<Row> rows = new ArrayList<>();

    void row(String measure, Figures figures, int decimals) {
        rows.add(new Row(measure, figures, decimals));
    }

    String markdown(List<ComparedApp> apps) {
        StringBuilder out = new StringBuilder("| measure (median) |");
        StringBuilder rule = new StringBuilder("|---|");
        for (ComparedApp app : apps) {
            out.append(' ').append(app.name()).append(" |");
            rule.append("---:|");
        }
        for (ComparedApp app : apps.subList(1, apps.size())) {
            out.append(' ').append(app.name()).append(" / ").append(apps.get(0).name()).append(" |");
            rule.append("---:|");
        }
        out.append('\n').append(rule).append('\n');
        for (Row row : rows) {
            out.append("| ").append(row.measure()).append(" |");
            double first = row.figures().median(apps.get(0).name());
            for (ComparedApp app : apps) {
                out.append(' ').append(String.format("%,." + row.decimals() + "f", row.figures().median(app.name())))
                        .append(" |");
            }
            for (ComparedApp app : apps.subList(1, apps.size())) {
                double ratio = row.figures().median(app.name()) / first;
                out.append(' ').append(Double.isFinite(ratio) ? String.format("%.2f×", ratio) : "–").append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
