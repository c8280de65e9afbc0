package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The visit's personal data was erased (rule ERASURE-CRYPTO-SHREDDING): the keys its personal fields were encrypted
 * with were destroyed, so they read as erased from then on. The reason is the administrator's, kept in the record.
 */
@Revision("1")
public record PersonalDataErased(String visitId, String reason, Instant occurredAt) implements VisitEvent {
}
