package org.visitledger.command.web;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import org.visitledger.command.visit.EventMetadata;
import org.visitledger.events.EventMetadataKeys;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies who and why from the command being handled onto every event it causes, and from the event a process
 * (saga) handles onto the commands it sends. Replaces Axon's default MessageOriginProvider, whose
 * {@code correlationId} would be the command's message id instead of the client's. (Events caused by deadlines get
 * theirs from the Visit's deadline handler.)
 * <p>
 * Axon asks every correlation provider about every event any processor handles, read models included, and reading
 * an event's metadata means deserialising it: in a replay that was a tenth of the read models' CPU for data they
 * never use. So events streamed to a processor are only read in the processes, whose units of work are marked by
 * {@link #forProcesses()}.
 */
@Component
public class VisitMetadata implements CorrelationDataProvider {

    private static final String PROCESS_MARK = VisitMetadata.class.getName() + "/process";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (message instanceof TrackedEventMessage && !inProcess()) {
            return Map.of();
        }
        Map<String, Object> data = new HashMap<>();
        for (String key : new String[]{EventMetadataKeys.ACTOR, EventMetadataKeys.CORRELATION_ID}) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        return data;
    }

    /** Marks the unit of work of a process's event handler: the commands it sends carry the event's actor. */
    public static MessageHandlerInterceptor<EventMessage<?>> forProcesses() {
        return (unitOfWork, chain) -> {
            unitOfWork.root().resources().put(PROCESS_MARK, Boolean.TRUE);
            return chain.proceed();
        };
    }

    private static boolean inProcess() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().resources().containsKey(PROCESS_MARK);
    }
}
