package org.visitledger.query.deadletters;

import java.util.List;

/** A visit whose events a read model could not apply: its parked events in the order they will be tried again. */
public record ParkedVisit(String readModel, String visitId, List<ParkedEvent> events) {
}
