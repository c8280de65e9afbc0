package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The administrator erases the visit's personal data (rule ERASURE-CRYPTO-SHREDDING), giving the reason. */
public record ErasePersonalData(@TargetAggregateIdentifier String visitId, String reason) {
}
