package org.visitledger.rulebook;

/**
 * How much notice an LA inspection gives before fieldwork (rule LA-NOTICE): at most {@code maxWorkingDays} working
 * days, the usual notice; none only for a recorded reason.
 */
public record NoticeRule(int maxWorkingDays, String rule, String ruleId) {
}
