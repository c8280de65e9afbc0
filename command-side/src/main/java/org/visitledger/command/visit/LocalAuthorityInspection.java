package org.visitledger.command.visit;

import org.visitledger.rulebook.LocalAuthorityInspectionRules;

/** The guard every command of an LA inspection alone shares: the visit is one. */
final class LocalAuthorityInspection {

    private LocalAuthorityInspection() {
    }

    /** The visit's LA inspection rules; refused (409) for a visit of another type. */
    static LocalAuthorityInspectionRules rules(Visit visit, VisitRules rules) {
        return visit.rulebook(rules).localAuthorityInspectionRules().orElseThrow(() -> visit.refused(
                Refusal.NOT_A_LOCAL_AUTHORITY_INSPECTION, "case sampling and graded judgements belong to "
                        + "LA_SAFEGUARDING_LAC inspections, not to a " + visit.type() + " visit"));
    }
}
