package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A provider concern the lead inspector could not resolve went to a senior inspector or the regional inspection
 * manager. Revision 2 records whom as a role and a name; revision 1 held free text only, read as revision 2 with the
 * text as the name and the role it names ({@link EscalationRole#impliedBy}).
 */
@Revision("2")
public record ProviderConcernEscalated(String visitId, String providerConcernId, EscalationContact escalatedTo,
                                       Instant occurredAt) implements VisitEvent {
}
