package org.visitledger.command.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.visitledger.command.visit.CommandOutcome;
import org.visitledger.command.visit.EventMetadata;

/**
 * Sends commands with who sent them and why: {@code actor} (the authenticated user) and
 * {@code correlationId} go into the command's metadata and from there onto every event it records.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final ProviderScope providerScope;

    public CommandSender(CommandGateway commandGateway, EventStore eventStore, ProviderScope providerScope) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.providerScope = providerScope;
    }

    /**
     * Sends a command to an existing visit; answers the visit's version after it and any id it created. A provider
     * user's command for another provider's visit is refused as if the visit did not exist.
     */
    public CommandOutcome send(Object command) {
        providerScope.requireVisible(command);
        return commandGateway.sendAndWait(withWho(command));
    }

    /** Sends a creating command; answers the new visit's version (its last event's sequence number). */
    public long create(Object command, String visitId) {
        commandGateway.sendAndWait(withWho(command));
        return eventStore.lastSequenceNumberFor(visitId).orElseThrow();
    }

    private static Object withWho(Object command) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String actor = user == null ? "anonymous" : user.getName();
        return GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(EventMetadata.ACTOR, actor)
                        .and(EventMetadata.CORRELATION_ID, CorrelationIdFilter.current()));
    }
}
