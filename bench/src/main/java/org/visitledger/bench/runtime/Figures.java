package org.visitledger.bench.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each app's figures of one measure, one per round, reduced to their median for the table. */
final class Figures {

    private final Map<String, List<Double>> byApp = new LinkedHashMap<>();

    void add(String app, double value) {
        byApp.computeIfAbsent(app, name -> new ArrayList<>()).add(value);
    }

    double median(String app) {
        List<Double> values = new ArrayList<>(byApp.getOrDefault(app, List.of()));
        if (values.isEmpty()) {
            return Double.NaN;
        }
        values.sort(null);
        int middle = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
    }
}
