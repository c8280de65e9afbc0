package org.visitledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.visitledger.command.visit.CommandOutcome;
import org.visitledger.command.visit.ReceivedWhenRecorded;
import org.visitledger.events.EventMetadataKeys;
import org.visitledger.security.ProviderScope;

import java.util.function.Function;

/**
 * Sends commands with who sent them and why: {@code actor} (the authenticated user) and
 * {@code correlationId} go into the command's metadata and from there onto every event it records; a provider
 * user's commands are marked {@link ReceivedWhenRecorded#SENT_BY_PROVIDER} (command metadata only).
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final ProviderScope providerScope;
    private final AnnotationCommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    public CommandSender(CommandGateway commandGateway, EventStore eventStore, ProviderScope providerScope) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.providerScope = providerScope;
    }

    /**
     * Sends a command to an existing visit, made for the version the request's If-Match names (null for none: any
     * version); answers the visit's version after it and any id it created. A provider user's command for another
     * provider's visit is refused as if the visit did not exist.
     */
    public CommandOutcome send(Function<Long, Object> commandForVersion) {
        return send(commandForVersion.apply(IfMatch.expectedVersion(currentRequest().getHeader(HttpHeaders.IF_MATCH))));
    }

    /**
     * Sends a command that names its expected version itself (or none). A stale expected version is 412 before the
     * visit's own rules are asked (a refusal would describe a state the client has not seen); the store's own check
     * still catches a command that lands in between.
     */
    public CommandOutcome send(Object command) {
        VersionedAggregateIdentifier target = targets.resolveTarget(GenericCommandMessage.asCommandMessage(command));
        String visitId = target.getIdentifier();
        if (!providerScope.allowsVisit(visitId)) {
            throw new AggregateNotFoundException(visitId, "No visit " + visitId + " exists");
        }
        Long expected = target.getVersion();
        if (expected != null) {
            eventStore.lastSequenceNumberFor(visitId).filter(current -> current != expected.longValue())
                    .ifPresent(current -> {
                        throw new ConflictingAggregateVersionException(visitId, expected, current);
                    });
        }
        return commandGateway.sendAndWait(withWho(command));
    }

    /** Sends a creating command; answers the new visit's version (its last event's sequence number). */
    public long create(Object command, String visitId) {
        commandGateway.sendAndWait(withWho(command));
        return eventStore.lastSequenceNumberFor(visitId).orElseThrow();
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    private static Object withWho(Object command) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String actor = user == null ? "anonymous" : user.getName();
        MetaData who = MetaData.with(EventMetadataKeys.ACTOR, actor)
                .and(EventMetadataKeys.CORRELATION_ID, CorrelationIdFilter.current());
        if (ProviderScope.callerProviderUrn().isPresent()) {
            who = who.and(ReceivedWhenRecorded.SENT_BY_PROVIDER, Boolean.TRUE);
        }
        return GenericCommandMessage.asCommandMessage(command).andMetaData(who);
    }
}
