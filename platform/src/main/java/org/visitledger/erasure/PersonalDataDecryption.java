package org.visitledger.erasure;

import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/**
 * The first step of every read of the event store (aggregates, read models, history, time travel, replays): each
 * encrypted personal field back to its text, or to {@link PersonalFields#ERASED} once its key is destroyed. Type and
 * revision stay as stored; the revision upcasters come after.
 */
public class PersonalDataDecryption extends SingleEventUpcaster {

    private final PersonalData personalData;

    public PersonalDataDecryption(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return !PersonalFields.of(representation.getType().getName()).isEmpty();
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        String visitId = representation.getAggregateIdentifier().orElse(null);
        return representation.upcastPayload(representation.getType(), ObjectNode.class, payload -> {
            personalData.decrypt(type, visitId, payload);
            return payload;
        });
    }
}
