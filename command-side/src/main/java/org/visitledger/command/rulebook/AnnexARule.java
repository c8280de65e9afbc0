package org.visitledger.command.rulebook;

import java.time.LocalTime;
import java.util.List;

/** Annex A is due at a wall-clock time (Europe/London) on the announcement day, with these items. */
public record AnnexARule(LocalTime dueTime, List<String> items, String rule) {
}
