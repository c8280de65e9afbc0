package org.visitledger.persistence.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.visitledger.events.EscalationRole;
import org.visitledger.events.ProviderConcernEscalated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ProviderConcernEscalated} revision 1 read as revision 2: revision 1 held whom the concern went to as free
 * text; revision 2 holds it as {@code {"role", "name"}}. The text becomes the name, unchanged, and the role is the one
 * the text states ({@link EscalationRole#impliedBy}: "RIM North" → the RIM), or NOT_STATED. Nothing is lost: the text
 * is all revision 1 knew.
 */
public final class ProviderConcernEscalatedRevision1 extends SingleEventUpcaster {

    private static final String TYPE = ProviderConcernEscalated.class.getName();
    private static final String FIELD = "escalatedTo";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), ObjectNode.class, older -> {
            JsonNode text = older.get(FIELD);
            String name = text == null || text.isNull() ? null : text.asString();
            ObjectNode contact = older.objectNode();
            contact.put("role", EscalationRole.impliedBy(name).name());
            contact.put("name", name);
            older.set(FIELD, contact);
            return older;
        });
    }
}
