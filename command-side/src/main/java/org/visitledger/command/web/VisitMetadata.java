package org.visitledger.command.web;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies who and why from the message being handled onto every event it causes. Replaces Axon's default
 * MessageOriginProvider, whose {@code correlationId} would be the command's message id instead of the
 * client's. Events caused by a deadline falling due are the system's, under the scheduling correlation.
 */
@Component
public class VisitMetadata implements CorrelationDataProvider {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String SYSTEM_ACTOR = "system:deadline-manager";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        Object correlationId = message.getMetaData().get(CORRELATION_ID);
        data.put(CORRELATION_ID, correlationId != null ? correlationId : message.getIdentifier());
        if (message instanceof DeadlineMessage<?>) {
            data.put(ACTOR, SYSTEM_ACTOR);
        } else if (message.getMetaData().containsKey(ACTOR)) {
            data.put(ACTOR, message.getMetaData().get(ACTOR));
        }
        return data;
    }
}
