package org.visitledger.query.history;

import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a command created on a visit (a concern, a complaint, an information request, a provider's or an
 * informal concern), read as the events of the visit's history that name it: what the {@code Location} of its
 * command points at (issue 21). Redacted for the reader as the history is.
 */
@Component
public class VisitItems {

    /** The kinds of item, by the path segment their commands and reads use, and the event field that names one. */
    public enum Kind {
        CONCERNS("concernId"),
        COMPLAINTS("complaintId"),
        INFORMATION_REQUESTS("requestId"),
        PROVIDER_CONCERNS("providerConcernId"),
        INFORMAL_CONCERNS("informalConcernId");

        private final String idField;

        Kind(String idField) {
            this.idField = idField;
        }

        public String idField() {
            return idField;
        }
    }

    private final VisitHistory history;

    public VisitItems(VisitHistory history) {
        this.history = history;
    }

    /** The events naming the item, in order; empty when the visit has no such item. */
    public List<HistoryEntry> of(Reader reader, String visitId, Kind kind, String id) {
        return history.as(reader, visitId).stream()
                .filter(entry -> Objects.equals(field(entry.payload(), kind.idField()), id))
                .toList();
    }

    /** A payload's field: a record's component, or an entry of the map a redacted payload may be shown as. */
    private static Object field(Object payload, String name) {
        if (payload instanceof Map<?, ?> fields) {
            return fields.get(name);
        }
        if (payload instanceof Record) {
            for (RecordComponent component : payload.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    try {
                        return component.getAccessor().invoke(payload);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + name + " of " + payload, e);
                    }
                }
            }
        }
        return null;
    }
}
