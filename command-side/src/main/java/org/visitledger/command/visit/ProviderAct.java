package org.visitledger.command.visit;

import java.time.Instant;

/**
 * A command recording an act of the provider (a return, a request, comments, a complaint). Rule
 * OCCURRED-AT-RECEIVED: sent by the provider itself, the act is received when it is recorded, so it may not state
 * an earlier {@link #occurredAt()}; inspectorate staff recording it on the provider's behalf may, to say when the
 * inspectorate received it.
 */
public interface ProviderAct {

    Instant occurredAt();
}
