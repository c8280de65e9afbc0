package org.visitledger.persistence.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a stored event of one revision as the next, which added one field: the field is set to the value the older
 * revision implied (rule EVENTS-PERMANENT: a stored event is never rewritten; it is read through its upcasters).
 */
abstract class AddedFieldUpcaster extends SingleEventUpcaster {

    private final String typeName;
    private final String fromRevision;
    private final String toRevision;
    private final String field;

    AddedFieldUpcaster(Class<?> type, String fromRevision, String toRevision, String field) {
        this.typeName = type.getName();
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
        this.field = field;
    }

    /** The value the older revision implied for the added field. */
    abstract JsonNode impliedValue(ObjectNode older);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return typeName.equals(representation.getType().getName())
                && fromRevision.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(typeName, toRevision), ObjectNode.class,
                older -> {
                    older.set(field, impliedValue(older));
                    return older;
                });
    }
}
