package org.visitledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** The API over java.net.http, as any client would call it: HTTP Basic demo users, JSON bodies. */
final class Http {

    /** A status of -1 is a transport failure (connection refused, reset, time-out); its body says which. */
    record Answer(int status, String body, String etag) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The demo users of the embedded profile (password = name); provider is bound to provider URN SC000001. */
    enum User {
        INSPECTOR("inspector"), PROVIDER("provider"), ANALYST("analyst");

        final String authorization;

        User(String name) {
            this.authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((name + ":" + name).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    // HTTP/1.1: the servers speak no h2c, and a kept-alive connection per client thread is what a real client has.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Answer post(String url, User user, String json, String ifMatch, boolean idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", user.authorization)
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
                .header("Authorization", user.authorization).GET().build());
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
