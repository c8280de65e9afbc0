package org.visitledger.deadletters;

/**
 * One event in a read model's dead-letter queue: which event of the visit (type, sequence number, id), when it
 * happened and when it was parked or last tried, and the cause (on the event that failed; the events queued behind
 * it have none).
 */
public record ParkedEvent(String eventId, String type, Long sequenceNumber, String timestamp, String enqueuedAt,
                          String lastTouched, String cause) {
}
