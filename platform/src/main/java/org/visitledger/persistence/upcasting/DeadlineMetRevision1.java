package org.visitledger.persistence.upcasting;

import org.visitledger.events.DeadlineMet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link DeadlineMet} revision 1 read as revision 2: no deadline was judged early before revision 2, so
 * {@code early} is false.
 */
public final class DeadlineMetRevision1 extends AddedFieldUpcaster {

    public DeadlineMetRevision1() {
        super(DeadlineMet.class, "1", "2", "early");
    }

    @Override
    JsonNode impliedValue(ObjectNode older) {
        return BooleanNode.FALSE;
    }
}
