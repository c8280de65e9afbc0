package org.visitledger.app.web;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import io.micrometer.core.instrument.MeterRegistry;
import org.visitledger.app.ApiClient;
import org.visitledger.deadletters.DeadLetterGauges;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import org.visitledger.command.visit.AnnounceVisit;
import org.visitledger.events.EventMetadataKeys;
import org.visitledger.events.Provider;
import org.visitledger.events.VisitAnnounced;
import org.visitledger.events.VisitType;
import org.visitledger.query.summary.VisitSummaryProjection;
import org.visitledger.testing.PostgresTestServer;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 19, defect 1: one event a read model cannot apply must never halt it. The visit-summary table refuses rows
 * of "poisoned" visits (a trigger); their events are parked in the read model's dead-letter queue, every other visit
 * flows on, the admin API shows and retries or evicts them, and the status says error until none is left. On
 * PostgreSQL the original defect is replayed too: a NUL character stored by an older build.
 * The test has an application (and database) of its own: it leaves events unapplied on purpose.
 */
@TestPropertySource(properties = "visit-ledger.test-context=dead-letters")
@Import(DeadLetterQueueTest.FailingHandlerConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadLetterQueueTest extends RunningApp {

    private static final String SUMMARY = "visit-summary";
    private static final String CONVERSION = "conversion-process";
    private static final String REFUSED_SCHOOL = "refused-by-the-test-";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private CommandBus commandBus;
    @Autowired
    private MeterRegistry meters;

    private ApiClient admin;

    @BeforeEach
    void refusePoisonedSummaries() {
        admin = inspector.as("admin");
        if (PostgresTestServer.selected()) {
            jdbc.execute("CREATE OR REPLACE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN "
                    + "IF NEW.lead_inspector LIKE '" + PoisonTrigger.PREFIX + "%' THEN "
                    + "RAISE EXCEPTION 'poisoned row refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
            jdbc.execute("CREATE TRIGGER refuse_poison BEFORE INSERT ON visit_summary FOR EACH ROW "
                    + "EXECUTE FUNCTION refuse_poison()");
        } else {
            jdbc.execute("CREATE TRIGGER refuse_poison BEFORE INSERT ON visit_summary FOR EACH ROW CALL '"
                    + PoisonTrigger.class.getName() + "'");
        }
    }

    @AfterEach
    void dropTrigger() {
        jdbc.execute(PostgresTestServer.selected() ? "DROP TRIGGER IF EXISTS refuse_poison ON visit_summary"
                : "DROP TRIGGER IF EXISTS refuse_poison");
    }

    @Test
    @Order(1)
    void a_visit_whose_event_a_read_model_cannot_apply_is_parked_and_every_other_visit_flows_on() {
        String poisoned = announceWithAnnexA(PoisonTrigger.PREFIX + UUID.randomUUID());
        long stored = versionOf(poisoned) + 1;

        assertParkedInOrderBesideAVisitThatFlows(poisoned, "poisoned row refused");
        assertThat(inspector.get("/api/visits/" + poisoned).status()).isEqualTo(404);
        JsonNode summaryStatus = status(SUMMARY);
        assertThat(summaryStatus.get("error").asBoolean()).isTrue();
        assertThat(summaryStatus.get("deadLetters").asLong()).isEqualTo(stored);
        assertThat(summaryStatus.get("eventsNotSeen").asLong()).isEqualTo(stored);
        assertThat(meters.get(DeadLetterGauges.METRIC).tag("processor", SUMMARY).gauge().value()).isEqualTo(stored);
        assertThat(status("deadline-dashboard").get("error").asBoolean()).isFalse();
        assertThat(inspector.get("/api/admin/dead-letters").status()).isEqualTo(403);

        ApiClient.Answer stillFailing = admin.post(retry(poisoned), null);
        assertThat(stillFailing.status()).as(stillFailing.toString()).isEqualTo(409);
        assertThat(stillFailing.contentType()).isEqualTo("application/problem+json");
        assertThat(status(SUMMARY).get("deadLetters").asLong()).isEqualTo(stored);

        dropTrigger();
        ApiClient.Answer retried = admin.post(retry(poisoned), null);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("parkedEvents").asLong()).isZero();
        JsonNode summary = inspector.get("/api/visits/" + poisoned).json();
        assertThat(summary.get("version").asLong()).isEqualTo(versionOf(poisoned));
        JsonNode after = status(SUMMARY);
        assertThat(after.get("error").asBoolean()).isFalse();
        assertThat(after.get("deadLetters").asLong()).isZero();
        assertThat(after.get("eventsNotSeen").asLong()).isZero();
        assertThat(admin.post(retry(poisoned), null).status()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void evicted_dead_letters_are_gone_and_the_read_model_says_it_lacks_them() {
        String poisoned = announce(PoisonTrigger.PREFIX + UUID.randomUUID());
        long stored = versionOf(poisoned) + 1;
        awaitRead(admin, "/api/admin/dead-letters?processor=" + SUMMARY,
                visits -> parkedEvents(visits, poisoned).size() == stored);

        assertThat(inspector.delete("/api/admin/dead-letters/" + SUMMARY + "/" + poisoned).status()).isEqualTo(403);
        assertThat(admin.delete("/api/admin/dead-letters/" + SUMMARY + "/" + poisoned).status()).isEqualTo(204);

        assertThat(parkedEvents(admin.get("/api/admin/dead-letters").json(), poisoned)).isEmpty();
        JsonNode after = status(SUMMARY);
        assertThat(after.get("deadLetters").asLong()).isZero();
        assertThat(after.get("error").asBoolean()).isFalse();
        assertThat(after.get("eventsNotSeen").asLong()).as("the evicted events").isEqualTo(stored);
        assertThat(admin.get("/api/admin/dead-letters?processor=no-such-model").status()).isEqualTo(404);
    }

    /** The defect as found: a NUL in a name, stored before commands refused it, halted the summary on PostgreSQL. */
    @Test
    @Order(3)
    void a_nul_character_stored_by_an_older_build_parks_its_visit_on_postgresql() {
        assumeTrue(PostgresTestServer.selected(), "H2 stores a NUL character; only PostgreSQL refuses it");
        String nul = "visit-" + UUID.randomUUID();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new AnnounceVisit(nul, VisitType.RSS_ASSURANCE,
                        new Provider("SC000001", "Oakfield Secure Home", "Kent", "South East"), "Jo\u0000Smith",
                        List.of(), List.of(), null, null, VisitRequests.announcedNowOrLastWorkingDay()))
                .andMetaData(Map.of(EventMetadataKeys.ACTOR, "inspector")));
        String healthy = announce("Jo Smith");

        awaitRead(inspector, "/api/visits/" + healthy, summary -> true);
        long stored = versionOf(nul) + 1;
        JsonNode parked = awaitRead(admin, "/api/admin/dead-letters?processor=" + SUMMARY,
                visits -> parkedEvents(visits, nul).size() == stored);
        assertThat(parkedEvents(parked, nul).get(0).get("cause").asString()).contains("0x00");
        assertThat(admin.post(retry(nul), null).status()).isEqualTo(409);
        assertThat(admin.delete("/api/admin/dead-letters/" + SUMMARY + "/" + nul).status()).isEqualTo(204);
    }

    /** Issue 19: the processes have dead-letter queues too; here the NFD a conversion asks for is refused once. */
    @Test
    @Order(4)
    void a_conversion_the_process_cannot_act_on_is_parked_retried_and_then_creates_the_nfd() {
        String refusedSchool = REFUSED_SCHOOL + UUID.randomUUID();
        Registration refusal = commandBus.registerDispatchInterceptor(commands -> (index, command) -> {
            if (command.getPayload() instanceof AnnounceVisit nfd && nfd.visitType() == VisitType.SECTION8_NFD
                    && nfd.provider().name().startsWith(REFUSED_SCHOOL)) {
                throw new IllegalStateException("NFD refused by the test");
            }
            return command;
        });
        String refusedNfd;
        String healthyNfd;
        try {
            refusedNfd = convertInterimVisitOf(refusedSchool);
            healthyNfd = convertInterimVisitOf("Brook Lane Primary");
            awaitRead(inspector, "/api/visits/" + healthyNfd + "/history", createdByTheProcess -> true);
            String interim = awaitRead(admin, "/api/admin/dead-letters?processor=" + CONVERSION,
                    visits -> visits.size() == 1).get(0).get("visitId").asString();
            JsonNode parked = admin.get("/api/admin/dead-letters?processor=" + CONVERSION).json().get(0);
            assertThat(parked.get("events").get(0).get("type").asString()).isEqualTo("VisitConvertedToSection8");
            assertThat(parked.get("events").get(0).get("cause").asString()).contains("NFD refused by the test");
            assertThat(inspector.get("/api/visits/" + refusedNfd + "/history").status()).isEqualTo(404);
            assertThat(admin.post("/api/admin/dead-letters/" + CONVERSION + "/" + interim + "/retry", null).status())
                    .isEqualTo(409);
        } finally {
            refusal.cancel();
        }
        String interim = admin.get("/api/admin/dead-letters?processor=" + CONVERSION).json().get(0).get("visitId")
                .asString();

        ApiClient.Answer retried = admin.post("/api/admin/dead-letters/" + CONVERSION + "/" + interim + "/retry", null);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        JsonNode nfd = awaitRead(inspector, "/api/visits/" + refusedNfd + "/history", created -> true).get(0);
        assertThat(nfd.get("payload").get("followsVisitId").asString()).isEqualTo(interim);
        assertThat(admin.get("/api/admin/dead-letters?processor=" + CONVERSION).json()).isEmpty();
    }

    /** An interim visit of {@code school} converted into an NFD inspection (back-dated to October 2025). */
    private String convertInterimVisitOf(String school) {
        String interim = "/api/visits/" + expect(inspector.post("/api/visits", """
                {"visitType": "SCHOOL_INTERIM",
                 "provider": {"urn": "100001", "name": "%s", "localAuthority": "Leeds", "region": "Yorkshire"},
                 "leadInspector": "Ann Hale", "teamInspectors": ["Raj Patel"], "occurredAt": "2025-10-01T09:00:00Z"}"""
                .formatted(school)), 201).json().get("visitId").asString();
        expect(inspector.post(interim + "/arrival", VisitRequests.at(java.time.Instant.parse("2025-10-02T09:00:00Z"))),
                200);
        expect(inspector.post(interim + "/concerns", """
                {"category": "SAFEGUARDING", "summary": "Referrals not followed up",
                 "details": "Three referrals were never made", "occurredAt": "2025-10-02T10:30:00Z"}"""), 201);
        expect(inspector.post(interim + "/duty-desk-calls", """
                {"summary": "Discussed the unmade referrals", "occurredAt": "2025-10-02T11:00:00Z"}"""), 200);
        return expect(inspector.as("director").post(interim + "/conversion", """
                {"rationale": "Safeguarding referrals not made", "occurredAt": "2025-10-02T11:30:00Z"}"""), 202)
                .json().get("nfdVisitId").asString();
    }

    /** The other way an event cannot be applied: a handler of the read model throws (here one added by the test). */
    @Test
    @Order(5)
    void a_visit_whose_event_a_read_model_handler_throws_on_is_parked_in_order_and_applied_once_it_no_longer_does() {
        String failing = announceWithAnnexA(FailingHandler.MARKER + UUID.randomUUID());

        assertParkedInOrderBesideAVisitThatFlows(failing, "a handler made to fail");
        assertThat(inspector.get("/api/visits/" + failing).status()).isEqualTo(404);

        FailingHandler.FAILING.set(false);
        try {
            assertThat(admin.post(retry(failing), null).status()).isEqualTo(200);
        } finally {
            FailingHandler.FAILING.set(true);
        }

        assertThat(inspector.get("/api/visits/" + failing).json().get("version").asLong())
                .isEqualTo(versionOf(failing));
        assertThat(status(SUMMARY).get("deadLetters").asLong()).isZero();
    }

    /** A handler in the visit summary's processing group that throws on the announcement of marked visits. */
    @ProcessingGroup(VisitSummaryProjection.NAME)
    static class FailingHandler {

        static final String MARKER = "handler-fails-";
        static final AtomicBoolean FAILING = new AtomicBoolean(true);

        @EventHandler
        void on(VisitAnnounced announced) {
            if (FAILING.get() && announced.leadInspector().startsWith(MARKER)) {
                throw new IllegalStateException("a handler made to fail on visit " + announced.visitId());
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingHandlerConfiguration {

        @Bean
        FailingHandler failingSummaryHandler() {
            return new FailingHandler();
        }
    }

    private String announceWithAnnexA(String leadInspector) {
        String visitId = announce(leadInspector);
        inspector.post("/api/visits/" + visitId + "/annex-a", null);
        return visitId;
    }

    /**
     * A visit announced afterwards reaches the summaries, while every stored event of {@code visitId} is parked, in
     * order: the announcement that failed, with {@code cause}, then those queued behind it (Annex A among them).
     */
    private void assertParkedInOrderBesideAVisitThatFlows(String visitId, String cause) {
        String healthy = announce("Jo Smith");
        long stored = versionOf(visitId) + 1;
        awaitRead(inspector, "/api/visits/" + healthy, summary -> true);

        List<JsonNode> events = parkedEvents(awaitRead(admin, "/api/admin/dead-letters?processor=" + SUMMARY,
                visits -> parkedEvents(visits, visitId).size() == stored), visitId);

        assertThat(events.get(0).get("type").asString()).isEqualTo("VisitAnnounced");
        assertThat(events.get(0).get("cause").asString()).contains(cause);
        assertThat(events.stream().map(e -> e.get("type").asString())).contains("AnnexAReturned");
        assertThat(events.stream().map(e -> e.get("sequenceNumber").asLong()).toList())
                .isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
    }

    private String announce(String leadInspector) {
        String body = VisitRequests.announce("RSS_ASSURANCE").replace("Jo Smith", leadInspector);
        ApiClient.Answer answer = inspector.post("/api/visits", body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("visitId").asString();
    }

    private static String retry(String visitId) {
        return "/api/admin/dead-letters/" + SUMMARY + "/" + visitId + "/retry";
    }

    private long versionOf(String visitId) {
        return jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, visitId);
    }

    private JsonNode status(String readModel) {
        return admin.get("/api/admin/projections").json().valueStream()
                .filter(s -> s.get("name").asString().equals(readModel)).findFirst().orElseThrow();
    }

    private static List<JsonNode> parkedEvents(JsonNode visits, String visitId) {
        return visits.valueStream().filter(v -> v.get("visitId").asString().equals(visitId))
                .flatMap(v -> v.get("events").valueStream()).toList();
    }
}
