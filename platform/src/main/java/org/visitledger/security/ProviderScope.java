package org.visitledger.security;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.visitledger.events.VisitAnnounced;

import java.util.Optional;

/**
 * Rule ACCESS-PROVIDER-SCOPE, the one place both sides check it: a provider user (authority
 * {@code PROVIDER_URN:<urn>}) sees and acts on the visits of its own provider only. Callers answer another provider's
 * visit as an unknown one (404), so that its existence is not revealed.
 */
@Component
public class ProviderScope {

    private final EventStore eventStore;

    public ProviderScope(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The provider URN the current caller is bound to; empty for everyone but provider users. */
    public static Optional<String> callerProviderUrn() {
        return ProviderAuthority.urnOf(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Whether the current caller may see a visit of this provider (for reads that already hold it). */
    public static boolean allowsProvider(String providerUrn) {
        return callerProviderUrn().map(urn -> urn.equals(providerUrn)).orElse(true);
    }

    /**
     * Whether the current caller may see or act on this visit. Only for provider users is the visit's provider read,
     * from its first event: the provider of a visit never changes.
     */
    public boolean allowsVisit(String visitId) {
        Optional<String> caller = callerProviderUrn();
        return caller.isEmpty() || caller.equals(providerUrnOf(visitId));
    }

    /**
     * Whether the visit exists and the current caller may see it. For everyone alike it reads the visit's first
     * event, so that a visit of another provider and a visit that does not exist take the same time to tell apart
     * from a visible one (a read that waits for a version waits only for these: issue 19, defect 3).
     */
    public boolean seesExistingVisit(String visitId) {
        Optional<String> provider = providerUrnOf(visitId);
        Optional<String> caller = callerProviderUrn();
        return provider.isPresent() && (caller.isEmpty() || caller.equals(provider));
    }

    private Optional<String> providerUrnOf(String visitId) {
        DomainEventStream events = eventStore.readEvents(visitId, 0);
        return events.hasNext() && events.next().getPayload() instanceof VisitAnnounced announced
                ? Optional.of(announced.provider().urn()) : Optional.empty();
    }
}
