package org.visitledger.query.scaling;

import java.time.Duration;

/**
 * How the query-side instances share segments. claimTimeout must match Axon's token claim timeout (a claim older
 * than that belongs to a dead instance); releaseFor is how long a released segment stays free for others to claim;
 * probeInterval how often an instance that holds everything offers one segment to idle instances.
 */
public record BalancerSettings(Duration claimTimeout, Duration releaseFor, Duration probeInterval) {
}
