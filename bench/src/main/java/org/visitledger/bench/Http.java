package org.visitledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * The API over java.net.http, as any client would call it: JSON bodies, each request authenticated as one of the
 * three users below, by HTTP Basic (the demo users) or by a bearer JWT ({@link BearerTokens}).
 */
public final class Http {

    /** A status of -1 is a transport failure (connection refused, reset, time-out); its body says which. */
    record Answer(int status, String body, String etag) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The users the load acts as: the embedded profile's demo users; the provider is bound to provider URN SC000001. */
    public enum User {
        INSPECTOR("inspector", "INSPECTOR", null), PROVIDER("provider", "PROVIDER", "SC000001"),
        ANALYST("analyst", "ANALYST", null);

        final String userName;
        final String role;
        final String providerUrn;

        User(String userName, String role, String providerUrn) {
            this.userName = userName;
            this.role = role;
            this.providerUrn = providerUrn;
        }
    }

    /** The Authorization header of each user's requests. */
    public interface Credentials {
        String authorization(User user);
    }

    /** The embedded profile's demo users: HTTP Basic, password = user name. */
    public static final Credentials DEMO_USERS = user -> "Basic " + Base64.getEncoder()
            .encodeToString((user.userName + ":" + user.userName).getBytes(StandardCharsets.UTF_8));

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    // HTTP/1.1: the servers speak no h2c, and a kept-alive connection per client thread is what a real client has.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<User, String> authorizations = new EnumMap<>(User.class);

    Http(Credentials credentials) {
        for (User user : User.values()) {
            authorizations.put(user, credentials.authorization(user));
        }
    }

    Answer post(String url, User user, String json, String ifMatch, boolean idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", authorizations.get(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (idempotencyKey) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return send(request.build());
    }

    Answer get(String url, User user) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", authorizations.get(user)).GET().build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            return new Answer(-1, e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted", null);
        }
    }
}
