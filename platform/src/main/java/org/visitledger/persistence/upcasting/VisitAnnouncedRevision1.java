package org.visitledger.persistence.upcasting;

import org.visitledger.events.VisitAnnounced;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link VisitAnnounced} revision 1 read as revision 2: revision 1 did not record the type of the visit followed, and
 * the event alone cannot tell it, so it reads as null, "not recorded". Visits announced then run under rulebook
 * versions that never ask for it.
 */
public final class VisitAnnouncedRevision1 extends AddedFieldUpcaster {

    public VisitAnnouncedRevision1() {
        super(VisitAnnounced.class, "1", "2", "followsVisitType");
    }

    @Override
    JsonNode impliedValue(ObjectNode older) {
        return NullNode.getInstance();
    }
}
