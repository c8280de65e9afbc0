package org.visitledger.command.web;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;
import org.visitledger.command.visit.EventMetadata;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies who and why from the command being handled onto every event it causes. Replaces Axon's default
 * MessageOriginProvider, whose {@code correlationId} would be the command's message id instead of the
 * client's. (Events caused by deadlines get theirs from the Visit's deadline handler.)
 */
@Component
public class VisitMetadata implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : new String[]{EventMetadata.ACTOR, EventMetadata.CORRELATION_ID}) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        return data;
    }
}
