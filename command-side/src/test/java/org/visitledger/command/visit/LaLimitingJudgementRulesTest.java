package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitledger.rulebook.LimitingJudgementRule;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.visitledger.command.visit.LaInspectionStory.*;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.events.Grade.*;
import static org.visitledger.events.InspectionElement.LOOKED_AFTER_CHILDREN;
import static org.visitledger.events.InspectionElement.SAFEGUARDING;
import static org.visitledger.events.JudgementArea.*;

/**
 * Every limiting judgement of seed 003 paras 31 and 32 (rules LA-LIMIT-*), each where it bites and where it does not:
 * the grades it reads are recorded first, then the inspector's grade for the area it limits. A biting rule lowers the
 * grade to what it allows and the event names it; otherwise the inspector's grade stands with no limit.
 */
class LaLimitingJudgementRulesTest {

    private final FixtureConfiguration<Visit> fixture = fixture();

    /** The limit a rule of the shipped LA rulebook records, by its id in docs/rules.md. */
    static GradeLimit limit(String ruleId, boolean overridden) {
        LimitingJudgementRule rule = LaInspectionStory.LA.limitingJudgements().stream()
                .filter(candidate -> candidate.ruleId().equals(ruleId)).findFirst().orElseThrow();
        return new GradeLimit(rule.rule(), rule.limitedTo(), overridden);
    }

    private static Map<JudgementArea, Grade> inputs(Object... areaThenGrade) {
        Map<JudgementArea, Grade> inputs = new LinkedHashMap<>();
        for (int i = 0; i < areaThenGrade.length; i += 2) {
            inputs.put((JudgementArea) areaThenGrade[i], (Grade) areaThenGrade[i + 1]);
        }
        return inputs;
    }

    /** The five looked-after outcomes, with educational progress graded first (it limits enjoying and achieving). */
    private static Map<JudgementArea, Grade> outcomes(Grade healthy, Grade safe, Grade enjoying, Grade contribution,
                                                      Grade wellBeing) {
        return inputs(EDUCATIONAL_PROGRESS, GOOD, BEING_HEALTHY, healthy, STAYING_SAFE, safe,
                ENJOYING_AND_ACHIEVING, enjoying, MAKING_A_POSITIVE_CONTRIBUTION, contribution,
                ACHIEVING_ECONOMIC_WELL_BEING, wellBeing);
    }

    static Stream<Arguments> limitingRules() {
        return Stream.of(
                arguments("LA-LIMIT-SG-OVERALL-INADEQUATE bites: children are safe INADEQUATE", SAFEGUARDING,
                        inputs(CHILDREN_ARE_SAFE, INADEQUATE, CHILDREN_FEEL_SAFE, GOOD), OVERALL_EFFECTIVENESS, GOOD,
                        INADEQUATE, List.of("LA-LIMIT-SG-OVERALL-INADEQUATE", "LA-LIMIT-SG-OVERALL-GOOD")),
                arguments("LA-LIMIT-SG-OVERALL-INADEQUATE bites: children feel safe INADEQUATE", SAFEGUARDING,
                        inputs(CHILDREN_ARE_SAFE, GOOD, CHILDREN_FEEL_SAFE, INADEQUATE), OVERALL_EFFECTIVENESS,
                        ADEQUATE, INADEQUATE, List.of("LA-LIMIT-SG-OVERALL-INADEQUATE")),
                arguments("LA-LIMIT-SG-OVERALL-INADEQUATE does not bite: outcomes ADEQUATE", SAFEGUARDING,
                        inputs(CHILDREN_ARE_SAFE, ADEQUATE, CHILDREN_FEEL_SAFE, ADEQUATE), OVERALL_EFFECTIVENESS,
                        ADEQUATE, ADEQUATE, List.of()),
                arguments("LA-LIMIT-SG-OVERALL-GOOD bites: children feel safe ADEQUATE", SAFEGUARDING,
                        inputs(CHILDREN_ARE_SAFE, OUTSTANDING, CHILDREN_FEEL_SAFE, ADEQUATE), OVERALL_EFFECTIVENESS,
                        OUTSTANDING, ADEQUATE, List.of("LA-LIMIT-SG-OVERALL-GOOD")),
                arguments("LA-LIMIT-SG-OVERALL-GOOD does not bite: both outcomes GOOD", SAFEGUARDING,
                        inputs(CHILDREN_ARE_SAFE, GOOD, CHILDREN_FEEL_SAFE, GOOD), OVERALL_EFFECTIVENESS,
                        OUTSTANDING, OUTSTANDING, List.of()),
                arguments("LA-LIMIT-SG-LEADERSHIP bites: equality and diversity INADEQUATE", SAFEGUARDING,
                        inputs(EQUALITY_AND_DIVERSITY, INADEQUATE), LEADERSHIP_AND_MANAGEMENT, GOOD, INADEQUATE,
                        List.of("LA-LIMIT-SG-LEADERSHIP")),
                arguments("LA-LIMIT-SG-LEADERSHIP does not bite: equality and diversity ADEQUATE", SAFEGUARDING,
                        inputs(EQUALITY_AND_DIVERSITY, ADEQUATE), LEADERSHIP_AND_MANAGEMENT, GOOD, GOOD, List.of()),
                arguments("LA-LIMIT-LAC-OVERALL-INADEQUATE bites: economic well-being INADEQUATE",
                        LOOKED_AFTER_CHILDREN, outcomes(GOOD, GOOD, GOOD, GOOD, INADEQUATE), OVERALL_EFFECTIVENESS,
                        ADEQUATE, INADEQUATE, List.of("LA-LIMIT-LAC-OVERALL-INADEQUATE")),
                arguments("LA-LIMIT-LAC-OVERALL-INADEQUATE does not bite: every outcome ADEQUATE or better",
                        LOOKED_AFTER_CHILDREN, outcomes(ADEQUATE, GOOD, GOOD, ADEQUATE, ADEQUATE),
                        OVERALL_EFFECTIVENESS, GOOD, GOOD, List.of()),
                arguments("LA-LIMIT-LAC-OVERALL-GOOD bites: staying safe ADEQUATE", LOOKED_AFTER_CHILDREN,
                        outcomes(GOOD, ADEQUATE, GOOD, GOOD, GOOD), OVERALL_EFFECTIVENESS, GOOD, ADEQUATE,
                        List.of("LA-LIMIT-LAC-OVERALL-GOOD")),
                arguments("LA-LIMIT-LAC-OVERALL-GOOD bites: enjoying and achieving ADEQUATE", LOOKED_AFTER_CHILDREN,
                        outcomes(GOOD, GOOD, ADEQUATE, GOOD, GOOD), OVERALL_EFFECTIVENESS, OUTSTANDING, ADEQUATE,
                        List.of("LA-LIMIT-LAC-OVERALL-GOOD")),
                arguments("LA-LIMIT-LAC-OVERALL-GOOD does not bite: staying safe, enjoying and achieving GOOD",
                        LOOKED_AFTER_CHILDREN, outcomes(GOOD, GOOD, GOOD, GOOD, GOOD), OVERALL_EFFECTIVENESS,
                        OUTSTANDING, OUTSTANDING, List.of()),
                arguments("LA-LIMIT-LAC-ENJOYING-ACHIEVING bites: educational progress ADEQUATE",
                        LOOKED_AFTER_CHILDREN, inputs(EDUCATIONAL_PROGRESS, ADEQUATE), ENJOYING_AND_ACHIEVING, GOOD,
                        ADEQUATE, List.of("LA-LIMIT-LAC-ENJOYING-ACHIEVING")),
                arguments("LA-LIMIT-LAC-ENJOYING-ACHIEVING does not bite: educational progress GOOD",
                        LOOKED_AFTER_CHILDREN, inputs(EDUCATIONAL_PROGRESS, GOOD), ENJOYING_AND_ACHIEVING, OUTSTANDING,
                        OUTSTANDING, List.of()),
                arguments("LA-LIMIT-LAC-LEADERSHIP bites: equality and diversity INADEQUATE", LOOKED_AFTER_CHILDREN,
                        inputs(EQUALITY_AND_DIVERSITY, INADEQUATE), LEADERSHIP_AND_MANAGEMENT, ADEQUATE, INADEQUATE,
                        List.of("LA-LIMIT-LAC-LEADERSHIP")),
                arguments("LA-LIMIT-LAC-LEADERSHIP does not bite: equality and diversity ADEQUATE",
                        LOOKED_AFTER_CHILDREN, inputs(EQUALITY_AND_DIVERSITY, ADEQUATE), LEADERSHIP_AND_MANAGEMENT,
                        GOOD, GOOD, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limitingRules")
    void la_limiting_judgements(String name, InspectionElement element, Map<JudgementArea, Grade> inputs,
                                JudgementArea area, Grade proposed, Grade expected, List<String> limitedBy) {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.FIELDWORK);
        inputs.forEach((input, grade) -> story.send(grade(element, input, grade)));
        Instant at = story.lastAt().plusSeconds(600);
        fixture.given(story.events())
                .andGivenCurrentTime(at)
                .when(grade(element, area, proposed))
                .expectEvents(new JudgementRecorded(VISIT, element, area, proposed, expected,
                        limitedBy.stream().map(id -> limit(id, false)).toList(), null, null, at));
    }
}
