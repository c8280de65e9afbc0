package org.visitledger.rulebook;

import org.visitledger.events.Grade;
import org.visitledger.events.InspectionElement;
import org.visitledger.events.JudgementArea;

import java.util.List;

/**
 * A limiting judgement (seed 003 paras 30 to 32): in {@code element}, {@code area} is at most {@code limitedTo} when
 * any of {@code ifAnyOf} stands at {@code atOrBelow} or worse. "Likely to be inadequate" limits to INADEQUATE;
 * "unlikely to be good or better" to ADEQUATE; "unlikely to be adequate" to INADEQUATE.
 */
public record LimitingJudgementRule(InspectionElement element, JudgementArea area, Grade limitedTo,
                                    List<JudgementArea> ifAnyOf, Grade atOrBelow, String rule, String ruleId) {

    public LimitingJudgementRule {
        ifAnyOf = List.copyOf(ifAnyOf);
    }
}
