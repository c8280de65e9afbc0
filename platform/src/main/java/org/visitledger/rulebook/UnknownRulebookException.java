package org.visitledger.rulebook;

import org.visitledger.events.VisitType;

/** No rulebook is shipped for this visit type (or version). */
public class UnknownRulebookException extends RuntimeException {
    public UnknownRulebookException(VisitType type, String version) {
        super(version == null
                ? "No rulebook is in force for visit type " + type
                : "No rulebook " + type + " version " + version + " is known");
    }
}
