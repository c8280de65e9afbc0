package org.visitledger.rulebook;

import org.visitledger.events.CaseKind;
import org.visitledger.events.SampleShortfall;
import org.visitledger.events.SamplingStage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The minimum case sample of an LA inspection (rule LA-CASE-SAMPLE-MINIMUM): per stage, the least number of cases of
 * each kind inspectors select.
 */
public record CaseSamplingRule(Map<SamplingStage, Map<CaseKind, Integer>> minimum, String rule, String ruleId) {

    public CaseSamplingRule {
        minimum = Map.copyOf(minimum);
    }

    public int minimum(SamplingStage stage, CaseKind kind) {
        return minimum.getOrDefault(stage, Map.of()).getOrDefault(kind, 0);
    }

    /** Where a sample of {@code selected} cases (per stage and kind) falls short of the minimum; empty if nowhere. */
    public List<SampleShortfall> shortfalls(Map<SamplingStage, Map<CaseKind, Integer>> selected) {
        List<SampleShortfall> shortfalls = new ArrayList<>();
        for (SamplingStage stage : SamplingStage.values()) {
            for (CaseKind kind : CaseKind.values()) {
                int count = selected.getOrDefault(stage, Map.of()).getOrDefault(kind, 0);
                if (count < minimum(stage, kind)) {
                    shortfalls.add(new SampleShortfall(stage, kind, count, minimum(stage, kind)));
                }
            }
        }
        return shortfalls;
    }
}
