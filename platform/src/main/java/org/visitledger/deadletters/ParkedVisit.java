package org.visitledger.deadletters;

import java.util.List;

/**
 * A visit whose events a processor (a read model or a process) could not handle: its parked events in the order they
 * will be tried again.
 */
public record ParkedVisit(String processor, String visitId, List<ParkedEvent> events) {
}
