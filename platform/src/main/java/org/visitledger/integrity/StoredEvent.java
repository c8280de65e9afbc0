package org.visitledger.integrity;

/**
 * One row of the event store as stored: the fields the hash chain covers. Payload and metadata are the stored bytes
 * (ciphertext where personal data is encrypted), the time stamp the stored text.
 */
public record StoredEvent(long globalIndex, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                          String aggregateType, String payloadType, String payloadRevision, String timeStamp,
                          byte[] metaData, byte[] payload) {
}
