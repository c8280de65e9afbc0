package org.visitledger.app.store;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.visitledger.app.ApiClient;
import org.visitledger.app.VisitLedgerApplication;
import org.visitledger.app.VisitRequests;
import org.visitledger.events.stream.RecordedStory;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24's upgrade: an H2 store written by the build before it (Axon's JPA engine, which took each event's global
 * index from the sequence itself and kept payloads as H2 large objects) is taken over by today's build. Flyway's
 * migrations up to that build's last one make the store; one visit's events go in as its JPA engine wrote them; then
 * the application starts on it. Its events keep their bytes, the auditor reads them, the read models project them,
 * and new events are indexed after them.
 */
@SpringBootTest(classes = VisitLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JpaWrittenStoreUpgradeTest {

    /** The last migration of the build before issue 24 (commit 9a7bce1). */
    private static final String LAST_JPA_MIGRATION = "2026.12.07.2";
    private static final RecordedStory STORY = RecordedStory.RSS_EASTER_2025;
    private static final List<byte[]> PAYLOADS_AS_WRITTEN = new ArrayList<>();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    private ApiClient auditor;

    @DynamicPropertySource
    static void storeWrittenByTheJpaBuild(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("visit-ledger-upgrade");
        String url = "jdbc:h2:file:" + dataDir + "/visit-ledger";
        Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2",
                        "classpath:db/migration/platform")
                .target(LAST_JPA_MIGRATION).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            insertAsTheJpaEngineDid(connection, STORY.read().messages());
        }
        registry.add("visit-ledger.data-dir", dataDir::toString);
    }

    /** Rows as Axon's JPA engine inserted them: the global index taken from the sequence, JSON bytes in LOBs. */
    private static void insertAsTheJpaEngineDid(Connection connection, List<DomainEventMessage<?>> events)
            throws SQLException {
        Serializer json = Jackson3Serializer.builder().build();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domain_event_entry (global_index, "
                + "event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, "
                + "payload_revision, payload, meta_data) VALUES (NEXT VALUE FOR global_index_seq, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)")) {
            for (DomainEventMessage<?> event : events) {
                SerializedObject<byte[]> serialized = event.serializePayload(json, byte[].class);
                byte[] payload = serialized.getData();
                PAYLOADS_AS_WRITTEN.add(payload);
                insert.setString(1, event.getIdentifier());
                insert.setString(2, event.getAggregateIdentifier());
                insert.setLong(3, event.getSequenceNumber());
                insert.setString(4, event.getType());
                insert.setString(5, event.getTimestamp().toString());
                insert.setString(6, event.getPayloadType().getName());
                insert.setString(7, serialized.getType().getRevision());
                insert.setBlob(8, new ByteArrayInputStream(payload));
                insert.setBlob(9, new ByteArrayInputStream(
                        event.serializeMetaData(json, byte[].class).getData()));
                insert.executeUpdate();
            }
        }
    }

    @BeforeEach
    void client() {
        auditor = new ApiClient("http://localhost:" + port, "auditor");
    }

    @Test
    void the_stored_events_keep_their_bytes_and_are_read_by_the_auditor_and_the_read_models() {
        List<byte[]> stored = jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", byte[].class, STORY.read().visitId());
        assertThat(stored).containsExactlyElementsOf(PAYLOADS_AS_WRITTEN);
        assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns WHERE table_name = "
                + "'DOMAIN_EVENT_ENTRY' AND column_name = 'PAYLOAD'", String.class)).isEqualTo("BINARY VARYING");

        JsonNode history = auditor.get("/api/visits/" + STORY.read().visitId() + "/history").json();
        assertThat(history).hasSize(STORY.read().size());

        assertThat(awaitStatus(auditor.as("analyst"), "/api/visits/" + STORY.read().visitId(), 200)).isEqualTo(200);
    }

    @Test
    void a_new_visit_s_events_are_indexed_after_the_stored_ones() {
        long lastStored = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", Long.class, STORY.read().visitId());
        ApiClient.Answer announced = auditor.as("inspector").post("/api/visits",
                VisitRequests.announce("RSS_ASSURANCE"));
        assertThat(announced.status()).as(announced.toString()).isEqualTo(201);
        String visitId = announced.json().get("visitId").asString();

        List<Long> indexes = jdbc.queryForList("SELECT global_index FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number", Long.class, visitId);
        assertThat(indexes).isNotEmpty().allSatisfy(index -> assertThat(index).isGreaterThan(lastStored));
        assertThat(indexes).isSorted().doesNotHaveDuplicates();
    }

    private static int awaitStatus(ApiClient client, String path, int wanted) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        int status;
        do {
            status = client.get(path).status();
        } while (status != wanted && Instant.now().isBefore(giveUp) && pause());
        return status;
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
