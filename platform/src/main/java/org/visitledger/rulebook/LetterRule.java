package org.visitledger.rulebook;

/**
 * The visit ends in a published letter instead of a report (rule LETTER-NO-REPORT; seed 002); with
 * {@code factualAccuracyCheck} the school checks the letter before it is published (rule LETTER-FACTUAL-ACCURACY).
 * {@code ruleId} is the id the entry implements and is never recorded.
 */
public record LetterRule(boolean factualAccuracyCheck, String rule, String ruleId) {
}
