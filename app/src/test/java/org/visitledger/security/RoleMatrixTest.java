package org.visitledger.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The role matrix of docs/api.md ("Who may do what"), one test per cell: every demo user (one per role) against every endpoint. An
 * allowed cell passes authorization (whatever the visit's state then makes of the request: 2xx, 400, 404, 409,
 * never 403 nor 5xx); every other cell is 403 problem+json. The visit used belongs to the provider user's own
 * provider (SC000001), so that provider isolation (ProviderIsolationTest) does not hide the role check.
 */
class RoleMatrixTest extends RunningApp {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMappings;

    private static final List<String> USERS = List.of("inspector", "manager", "dutydesk", "director", "qa", "auditor",
            "analyst", "admin", "provider");
    private static final Set<String> INSPECTORATE = Set.of("inspector", "manager", "dutydesk", "director", "qa");

    /** "METHOD path" (with /api/visits/{visitId} for the visit) → the users allowed. */
    private static final Map<String, Set<String>> MATRIX = Map.ofEntries(
            entry("POST /api/visits", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/annex-a", Set.of("inspector", "provider")),
            entry("POST /api/visits/{visitId}/information-requests", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/information-requests/{requestId}/fulfilment", Set.of("inspector", "provider")),
            entry("POST /api/visits/{visitId}/deferral-request", Set.of("inspector", "provider")),
            entry("POST /api/visits/{visitId}/deferral-decision", Set.of("dutydesk")),
            entry("POST /api/visits/{visitId}/arrival", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/pause", Set.of("dutydesk")),
            entry("POST /api/visits/{visitId}/resume", Set.of("dutydesk")),
            entry("POST /api/visits/{visitId}/incomplete", Set.of("dutydesk")),
            entry("POST /api/visits/{visitId}/pause-advice", Set.of("director")),
            entry("POST /api/visits/{visitId}/informal-concerns", Set.of("inspector", "manager")),
            entry("POST /api/visits/{visitId}/concerns", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/provider-concerns", Set.of("inspector", "provider")),
            entry("POST /api/visits/{visitId}/provider-concerns/{providerConcernId}/escalation", Set.of("inspector", "provider")),
            entry("POST /api/visits/{visitId}/feedback", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/debrief", Set.of("manager")),
            entry("POST /api/visits/{visitId}/case-review", Set.of("manager")),
            entry("POST /api/visits/{visitId}/provisional-judgement-revision", Set.of("qa")),
            entry("POST /api/visits/{visitId}/report/qa-submission", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/report/draft", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/report/provider-comments", Set.of("inspector", "provider")),
            entry("POST /api/visits/{visitId}/report/final", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/report/publication", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/complaints", Set.of("inspector", "provider")),
            entry("POST /api/visits/{visitId}/complaints/{complaintId}/outcome", Set.of("manager")),
            entry("POST /api/visits/{visitId}/notifications/{notificationId}/sent", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/notifications/{notificationId}/confirmation", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/withdrawal", Set.of("inspector", "manager")),
            entry("POST /api/visits/{visitId}/duty-desk-calls", Set.of("inspector", "dutydesk")),
            entry("POST /api/visits/{visitId}/conversion", Set.of("director")),
            entry("POST /api/visits/{visitId}/factual-accuracy-check", Set.of("inspector", "provider")),
            entry("POST /api/visits/{visitId}/case-list", Set.of("inspector", "provider")),
            entry("POST /api/visits/{visitId}/case-selections", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/case-sample-shortfall", Set.of("inspector")),
            entry("POST /api/visits/{visitId}/judgements", Set.of("inspector")),
            entry("GET /api/visits", union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/visits/{visitId}", union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/visits/{visitId}/history", union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/visits/{visitId}/state", union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/visits/{visitId}/concerns/{concernId}", union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/visits/{visitId}/complaints/{complaintId}",
                    union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/visits/{visitId}/information-requests/{requestId}",
                    union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/visits/{visitId}/provider-concerns/{providerConcernId}",
                    union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/visits/{visitId}/informal-concerns/{informalConcernId}",
                    union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/audit/history-reads", Set.of("auditor")),
            entry("GET /api/events", union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/me", union(INSPECTORATE, "auditor", "analyst", "provider", "admin")),
            entry("GET /api/deadlines", union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/notifications", union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/deadlines/summary", union(INSPECTORATE, "auditor", "analyst")),
            entry("GET /api/analytics/timeliness", union(INSPECTORATE, "auditor", "analyst")),
            entry("GET /api/analytics/grade-profile", union(INSPECTORATE, "auditor", "analyst", "provider")),
            entry("GET /api/visits/{visitId}/integrity", Set.of("auditor")),
            entry("POST /api/admin/integrity/verify", Set.of("admin")),
            entry("GET /api/admin/integrity/verifications", Set.of("admin")),
            entry("GET /api/admin/integrity/verifications/{verificationId}", Set.of("admin")),
            entry("GET /api/admin/integrity/checkpoints", Set.of("admin")),
            entry("POST /api/admin/erasure", Set.of("admin")),
            entry("GET /api/admin/projections", Set.of("admin")),
            entry("POST /api/admin/projections/{name}/replay", Set.of("admin")),
            entry("GET /api/admin/dead-letters", Set.of("admin")),
            entry("POST /api/admin/dead-letters/{processor}/{visitId}/retry", Set.of("admin")),
            entry("DELETE /api/admin/dead-letters/{processor}/{visitId}", Set.of("admin")));

    /** One visit of the provider user's own provider (SC000001) for every cell. */
    private static String visit;

    static Stream<Arguments> cells() {
        return MATRIX.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(endpoint -> USERS.stream().map(user -> arguments(endpoint.getKey(), user,
                        endpoint.getValue().contains(user))));
    }

    @ParameterizedTest(name = "{0} as {1}: allowed {2}")
    @MethodSource("cells")
    void each_role_may_do_what_the_matrix_allows_and_nothing_else(String endpoint, String user, boolean allowed) {
        if (visit == null) {
            visit = "/api/visits/" + inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")).json()
                    .get("visitId").asString();
        }
        String[] methodAndPath = endpoint.split(" ", 2);
        String path = methodAndPath[1].replace("/api/visits/{visitId}", visit).replaceAll("\\{\\w+}", "X-1")
                + (methodAndPath[1].endsWith("/state") ? "?version=0" : "");
        ApiClient caller = inspector.as(user);
        Answer answer = switch (methodAndPath[0]) {
            case "GET" -> path.equals("/api/events") ? caller.openStream(path) : caller.get(path);
            case "DELETE" -> caller.delete(path);
            default -> caller.post(path, "{}");
        };

        if (allowed) {
            assertThat(answer.status()).as(answer.toString()).isNotEqualTo(403).isLessThan(500);
        } else {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    /** A new endpoint without a row would be open to every authenticated user: the matrix must list them all. */
    @Test
    void every_api_endpoint_has_a_row_in_the_matrix() {
        Set<String> endpoints = new TreeSet<>();
        handlerMappings.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> mapping.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        assertThat(endpoints).isEqualTo(new TreeSet<>(MATRIX.keySet()));
    }

    private static String path(String endpoint) {
        return endpoint.split(" ", 2)[1];
    }

    private static Set<String> union(Set<String> roles, String... more) {
        return Stream.concat(roles.stream(), Arrays.stream(more)).collect(Collectors.toSet());
    }
}
