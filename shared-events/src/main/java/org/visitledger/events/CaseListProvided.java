package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The council gave the lead inspector its list of current cases (seed 003 para 48), counted by kind. */
@Revision("1")
public record CaseListProvided(String visitId, int safeguardingCases, int lookedAfterCases, Instant occurredAt)
        implements VisitEvent {
}
