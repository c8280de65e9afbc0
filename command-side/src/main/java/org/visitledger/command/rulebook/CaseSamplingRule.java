package org.visitledger.command.rulebook;

import org.visitledger.events.CaseKind;
import org.visitledger.events.SamplingStage;

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
}
