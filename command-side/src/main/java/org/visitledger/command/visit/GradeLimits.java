package org.visitledger.command.visit;

import org.visitledger.rulebook.LimitingJudgementRule;
import org.visitledger.events.Grade;
import org.visitledger.events.GradeLimit;
import org.visitledger.events.JudgementArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Rule LA-LIMITING-JUDGEMENTS: which limiting rules bite on a proposed grade, given the grades that stand in the same
 * element, and the grade that results. A rule bites when one of the areas it reads stands at or below its threshold
 * and the proposed grade is better than it allows; the grade is then the worst a biting rule allows, unless the
 * inspector overrode that rule (rule LA-LIMIT-OVERRIDE).
 */
final class GradeLimits {

    record Assessment(Grade grade, List<GradeLimit> limits) {
    }

    private GradeLimits() {
    }

    static Assessment assess(List<LimitingJudgementRule> rules, Grade proposed,
                             Function<JudgementArea, Grade> standing, Set<String> overridden) {
        List<GradeLimit> limits = new ArrayList<>();
        Grade grade = proposed;
        for (LimitingJudgementRule rule : rules) {
            boolean condition = rule.ifAnyOf().stream().map(standing)
                    .anyMatch(input -> input != null && input.atMost(rule.atOrBelow()));
            if (condition && !proposed.atMost(rule.limitedTo())) {
                boolean override = overridden.contains(rule.rule());
                limits.add(new GradeLimit(rule.rule(), rule.limitedTo(), override));
                if (!override && !grade.atMost(rule.limitedTo())) {
                    grade = rule.limitedTo();
                }
            }
        }
        return new Assessment(grade, List.copyOf(limits));
    }
}
