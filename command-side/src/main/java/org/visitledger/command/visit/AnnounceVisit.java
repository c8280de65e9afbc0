package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.visitledger.events.NoNoticeReason;
import org.visitledger.events.Provider;
import org.visitledger.events.VisitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The announcement call; {@code plannedLengthDays} null means the rulebook's usual length, and a different length
 * names the regional inspection manager who agreed it ({@code lengthAgreedBy}). A following visit (sent by the process
 * that creates it) names the visit it follows and that visit's type. An LA inspection may name the day fieldwork
 * starts (null: after the usual notice) and, for one without notice, why ({@code noNoticeReason}, with details).
 */
public record AnnounceVisit(@TargetAggregateIdentifier String visitId, VisitType visitType, Provider provider,
                            String leadInspector, List<String> teamInspectors, List<String> placingAuthorities,
                            Integer plannedLengthDays, String lengthAgreedBy, String followsVisitId,
                            VisitType followsVisitType, Instant occurredAt, LocalDate fieldworkStartsOn,
                            NoNoticeReason noNoticeReason, String noNoticeDetails) {

    /** A visit other than an LA inspection. */
    public AnnounceVisit(String visitId, VisitType visitType, Provider provider, String leadInspector,
                         List<String> teamInspectors, List<String> placingAuthorities, Integer plannedLengthDays,
                         String lengthAgreedBy, String followsVisitId, VisitType followsVisitType,
                         Instant occurredAt) {
        this(visitId, visitType, provider, leadInspector, teamInspectors, placingAuthorities, plannedLengthDays,
                lengthAgreedBy, followsVisitId, followsVisitType, occurredAt, null, null, null);
    }

    /** A visit of the usual length (or whose length needs no agreement) that follows none, or not by type. */
    public AnnounceVisit(String visitId, VisitType visitType, Provider provider, String leadInspector,
                         List<String> teamInspectors, List<String> placingAuthorities, Integer plannedLengthDays,
                         String followsVisitId, Instant occurredAt) {
        this(visitId, visitType, provider, leadInspector, teamInspectors, placingAuthorities, plannedLengthDays,
                null, followsVisitId, null, occurredAt);
    }
}
