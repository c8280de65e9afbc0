package org.visitledger.rulebook;

import org.visitledger.events.InspectionElement;
import org.visitledger.events.JudgementArea;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * What only an LA safeguarding and looked-after-children inspection has (seed 003): its notice, its case sample, the
 * graded areas of each element's evaluation schedule and the limiting judgements between them.
 */
public record LocalAuthorityInspectionRules(NoticeRule notice, CaseSamplingRule caseSampling,
                                            Map<InspectionElement, List<JudgementArea>> evaluationSchedules,
                                            List<LimitingJudgementRule> limitingJudgements) {

    public LocalAuthorityInspectionRules {
        evaluationSchedules = Map.copyOf(evaluationSchedules);
        limitingJudgements = List.copyOf(limitingJudgements);
    }

    public List<JudgementArea> schedule(InspectionElement element) {
        return evaluationSchedules.getOrDefault(element, List.of());
    }

    /** The areas of both schedules not yet graded, as {@code ELEMENT/AREA}, in the schedules' order. */
    public List<String> ungraded(BiPredicate<InspectionElement, JudgementArea> graded) {
        return evaluationSchedules.keySet().stream().sorted().flatMap(element -> schedule(element).stream()
                .filter(area -> !graded.test(element, area)).map(area -> element + "/" + area)).toList();
    }

    /** The limiting rules on this area of this element. */
    public List<LimitingJudgementRule> limitsOn(InspectionElement element, JudgementArea area) {
        return limitingJudgements.stream().filter(rule -> rule.element() == element && rule.area() == area).toList();
    }

    /** The limiting rules whose condition reads this area of this element. */
    public List<LimitingJudgementRule> limitsReading(InspectionElement element, JudgementArea area) {
        return limitingJudgements.stream().filter(rule -> rule.element() == element && rule.ifAnyOf().contains(area))
                .toList();
    }
}
