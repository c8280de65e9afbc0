package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.visitledger.events.Provider;
import org.visitledger.events.VisitType;

import java.time.Instant;
import java.util.List;

/**
 * The announcement call; {@code plannedLengthDays} null means the rulebook's usual length, and a different length
 * names the regional inspection manager who agreed it ({@code lengthAgreedBy}). A following visit (sent by the process
 * that creates it) names the visit it follows and that visit's type.
 */
public record AnnounceVisit(@TargetAggregateIdentifier String visitId, VisitType visitType, Provider provider,
                            String leadInspector, List<String> teamInspectors, List<String> placingAuthorities,
                            Integer plannedLengthDays, String lengthAgreedBy, String followsVisitId,
                            VisitType followsVisitType, Instant occurredAt) {

    /** A visit of the usual length (or whose length needs no agreement) that follows none, or not by type. */
    public AnnounceVisit(String visitId, VisitType visitType, Provider provider, String leadInspector,
                         List<String> teamInspectors, List<String> placingAuthorities, Integer plannedLengthDays,
                         String followsVisitId, Instant occurredAt) {
        this(visitId, visitType, provider, leadInspector, teamInspectors, placingAuthorities, plannedLengthDays,
                null, followsVisitId, null, occurredAt);
    }
}
