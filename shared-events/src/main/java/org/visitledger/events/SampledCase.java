package org.visitledger.events;

/** A case selected for scrutiny, by its anonymised reference: never a child's name. */
public record SampledCase(String reference, CaseKind kind) {
}
