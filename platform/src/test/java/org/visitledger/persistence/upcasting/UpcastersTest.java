package org.visitledger.persistence.upcasting;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.visitledger.events.DeadlineCode;
import org.visitledger.events.DeadlineMet;
import org.visitledger.events.EscalationContact;
import org.visitledger.events.EscalationRole;
import org.visitledger.events.Provider;
import org.visitledger.events.ProviderConcernEscalated;
import org.visitledger.events.VisitAnnounced;
import org.visitledger.events.VisitType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rule EVENTS-PERMANENT: a stored event of an older revision is never rewritten; it is read through the upcasters.
 * The golden files of revision 1 (what older builds stored) are read as today's revision, with the value revision 1
 * implied in the added field, by the production serializer; a current revision passes through untouched.
 */
class UpcastersTest {

    private static final String VISIT_ID = "6f1c3a52-8e0b-4d7f-9a41-2c5e7b9d0f13";

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void a_revision_1_announcement_reads_as_revision_2_with_the_followed_type_not_recorded() throws IOException {
        Object read = readThroughUpcasters(VisitAnnounced.class, "1");

        assertThat(read).isEqualTo(new VisitAnnounced(VISIT_ID, VisitType.MONITORING, "1",
                new Provider("SC000001", "Oakwood Secure Children's Home", "Northshire", "North West"), "inspector",
                List.of("team-inspector-1", "team-inspector-2"), List.of("Northshire", "Riverside"), 2,
                LocalDate.parse("2025-04-17"), "0b7e4d21-93a6-4c58-b1f2-7d8e6a5c3b40", null,
                Instant.parse("2025-04-16T08:30:00Z")));
    }

    @Test
    void a_revision_1_deadline_met_reads_as_revision_2_and_not_early() throws IOException {
        Object read = readThroughUpcasters(DeadlineMet.class, "1");

        assertThat(read).isEqualTo(new DeadlineMet(VISIT_ID, "DRAFT_REPORT", DeadlineCode.DRAFT_REPORT,
                Instant.parse("2025-05-15T22:59:59Z"), false, false, Instant.parse("2025-05-06T09:15:00Z")));
    }

    /** Issue 23's drill: a structured field where revision 1 held free text. */
    @Test
    void a_revision_1_escalation_reads_as_revision_2_with_its_text_as_the_name_and_the_role_it_states()
            throws IOException {
        Object read = readThroughUpcasters(ProviderConcernEscalated.class, "1");

        assertThat(read).isEqualTo(new ProviderConcernEscalated(VISIT_ID, "PC-1",
                new EscalationContact(EscalationRole.REGIONAL_INSPECTION_MANAGER, "Regional inspection manager"),
                Instant.parse("2025-04-17T12:00:00Z")));
    }

    @Test
    void a_revision_1_escalation_naming_no_role_reads_as_not_stated_and_keeps_the_text() {
        byte[] stored = ("{\"visitId\":\"" + VISIT_ID + "\",\"providerConcernId\":\"PC-2\",\"escalatedTo\":"
                + "\"Jo Bloggs\",\"occurredAt\":\"2025-04-17T12:00:00Z\"}").getBytes(StandardCharsets.UTF_8);

        Object read = readThroughUpcasters(ProviderConcernEscalated.class, "1", stored);

        assertThat(read).isEqualTo(new ProviderConcernEscalated(VISIT_ID, "PC-2",
                new EscalationContact(EscalationRole.NOT_STATED, "Jo Bloggs"), Instant.parse("2025-04-17T12:00:00Z")));
    }

    @Test
    void without_its_upcaster_a_revision_1_escalation_cannot_be_read_at_all() throws IOException {
        byte[] stored = golden("ProviderConcernEscalated.rev1.json");

        assertThatThrownBy(() -> serializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class,
                ProviderConcernEscalated.class.getName(), "1"))).isInstanceOf(SerializationException.class);
    }

    @Test
    void without_its_upcaster_a_revision_1_deadline_met_cannot_be_read_at_all() throws IOException {
        byte[] stored = golden("DeadlineMet.rev1.json");

        // Jackson 3 refuses a missing primitive: the upcaster is what keeps old deadlines readable.
        assertThatThrownBy(() -> serializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class,
                DeadlineMet.class.getName(), "1"))).isInstanceOf(SerializationException.class);
    }

    @Test
    void a_current_revision_passes_through_the_upcasters_untouched() throws IOException {
        Object read = readThroughUpcasters(DeadlineMet.class, "2");

        assertThat(read).isEqualTo(new DeadlineMet(VISIT_ID, "MONITORING_VISIT", DeadlineCode.MONITORING_VISIT,
                Instant.parse("2025-06-12T22:59:59Z"), false, true, Instant.parse("2025-05-20T09:00:00Z")));
    }

    /** The golden file of this revision, as the event store would hand it over: upcast, then deserialised. */
    private Object readThroughUpcasters(Class<?> type, String revision) throws IOException {
        return readThroughUpcasters(type, revision, golden(type.getSimpleName() + ".rev" + revision + ".json"));
    }

    private Object readThroughUpcasters(Class<?> type, String revision, byte[] stored) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Visit", VISIT_ID, 0, "event-1",
                Instant.EPOCH, type.getName(), revision, stored, "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = EventUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo(StoredRevision.of(type));
        return serializer.deserialize(upcast.getData());
    }

    /** A golden file of shared-events (its test-jar): the stored form of one revision. */
    private static byte[] golden(String file) throws IOException {
        try (InputStream in = UpcastersTest.class.getResourceAsStream("/golden/" + file)) {
            if (in == null) {
                throw new IOException("no golden file " + file + " on the test classpath");
            }
            return in.readAllBytes();
        }
    }

    /** The revision today's build stores the type as. */
    private static final class StoredRevision {
        static String of(Class<?> type) {
            return type.getAnnotation(org.axonframework.serialization.Revision.class).value();
        }
    }
}
