package org.visitledger.command.rulebook;

/**
 * The visit ends in a published letter instead of a report (seed 002); with {@code factualAccuracyCheck} the
 * school checks the letter before it is published.
 */
public record LetterRule(boolean factualAccuracyCheck, String rule) {
}
