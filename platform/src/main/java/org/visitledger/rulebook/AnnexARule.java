package org.visitledger.rulebook;

import java.time.LocalTime;
import java.util.List;

/**
 * Annex A is due at a wall-clock time (Europe/London) on the announcement day, with these items (rules
 * ANNEX-A-DUE, ANNEX-A-SCH-ITEMS); with {@code nextWorkingDayAfterCutOff} (RSS and SCH from version 4), a visit
 * announced at or after that time has it due at that time on the next working day (rule ANNEX-A-AFTER-CUTOFF).
 * {@code rule} is the text the deadline records; {@code ruleId} is the id it implements and is never recorded.
 */
public record AnnexARule(LocalTime dueTime, List<String> items, String rule, String ruleId,
                         Boolean nextWorkingDayAfterCutOff) {

    public AnnexARule {
        // Versions that predate the setting keep the announcement day, whenever the call was made.
        nextWorkingDayAfterCutOff = Boolean.TRUE.equals(nextWorkingDayAfterCutOff);
    }
}
