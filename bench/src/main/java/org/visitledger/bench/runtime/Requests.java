package org.visitledger.bench.runtime;

import org.visitledger.bench.AnnouncedAt;
import org.visitledger.bench.Http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four requests a comparison times, sent one after another over one kept-alive connection as a client does:
 * the health check, one visit's summary as the analyst, a one-event command on an existing visit (a serious concern
 * before arrival records exactly {@code ConcernRaised}) and an announcement that creates a visit.
 */
final class Requests {

    enum Kind { HEALTH, READ, STEP, CREATE }

    private static final String ANNOUNCEMENT = """
            {"visitType":"RSS_ASSURANCE","provider":{"urn":"SC000001","name":"Harbour House",\
            "localAuthority":"Kent","region":"South East"},"leadInspector":"Jo Smith"%s}""";
    private static final String CONCERN = """
            {"category":"SERIOUS","summary":"Staffing below the agreed ratio","details":"Seen on the night shift"}""";
    private static final String INSPECTOR = Http.DEMO_USERS.authorization(Http.User.INSPECTOR);
    private static final String ANALYST = Http.DEMO_USERS.authorization(Http.User.ANALYST);
    private static final Pattern VISIT_ID = Pattern.compile("\"visitId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final List<String> visits = new ArrayList<>();
    private int nextVisit;
    int failures;
    String lastFailure;

    Requests(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Visits for the reads and one-event commands to use, made before a timed window. */
    void prepareVisits(int count) {
        visits.clear();
        nextVisit = 0;
        for (int i = 0; i < count; i++) {
            visits.add(create());
        }
    }

    void send(Kind kind) {
        switch (kind) {
            case HEALTH -> check(get("/actuator/health", null));
            case READ -> check(get("/api/visits/" + visits.get(0), ANALYST));
            case STEP -> check(post("/api/visits/" + nextVisit() + "/concerns", CONCERN));
            case CREATE -> create();
        }
    }

    private String nextVisit() {
        String visit = visits.get(nextVisit);
        nextVisit = (nextVisit + 1) % visits.size();
        return visit;
    }

    private String create() {
        HttpResponse<String> answer = post("/api/visits", ANNOUNCEMENT.formatted(AnnouncedAt.occurredAtMember()));
        check(answer);
        Matcher id = VISIT_ID.matcher(answer == null ? "" : answer.body());
        return id.find() ? id.group(1) : "00000000-0000-0000-0000-000000000000";
    }

    private void check(HttpResponse<String> answer) {
        if (answer == null || answer.statusCode() >= 300) {
            failures++;
            lastFailure = answer == null ? "no answer" : answer.statusCode() + " " + answer.body();
        }
    }

    private HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", INSPECTOR)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
