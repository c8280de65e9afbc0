package org.visitledger.command.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.visitledger.events.VisitAnnounced;
import org.visitledger.security.ProviderAuthority;

import java.util.Optional;

/**
 * Object-level isolation: a provider user acts only on visits of its own provider URN, carried as the authority
 * {@code PROVIDER_URN:<urn>}. Another provider's visit answers as an unknown visit (404), so that its existence is
 * not revealed. The provider of a visit never changes, so reading it from the visit's first event is safe.
 */
@Component
public class ProviderScope {

    private final EventStore eventStore;
    private final AnnotationCommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    public ProviderScope(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Refuses, as unknown, a command of a provider user aimed at a visit of another provider. */
    void requireVisible(Object command) {
        Optional<String> callerUrn = callerProviderUrn();
        if (callerUrn.isEmpty()) {
            return;
        }
        String visitId = targets.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier();
        if (!callerUrn.equals(providerUrnOf(visitId))) {
            throw new AggregateNotFoundException(visitId, "No visit " + visitId + " exists");
        }
    }

    private Optional<String> providerUrnOf(String visitId) {
        DomainEventStream events = eventStore.readEvents(visitId, 0);
        if (!events.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = events.next();
        return first.getPayload() instanceof VisitAnnounced announced
                ? Optional.of(announced.provider().urn()) : Optional.empty();
    }

    static Optional<String> callerProviderUrn() {
        return ProviderAuthority.urnOf(SecurityContextHolder.getContext().getAuthentication());
    }
}
