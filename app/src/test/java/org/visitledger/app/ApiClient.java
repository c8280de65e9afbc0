package org.visitledger.app;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain HTTP client for tests against the real running application, as REST clients use it. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String user;
    private final String password;
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** A demo user, whose password is its name. */
    public ApiClient(String baseUrl, String user) {
        this(baseUrl, user, user);
    }

    public ApiClient(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ApiClient as(String otherUser) {
        return new ApiClient(baseUrl, otherUser);
    }

    /** A copy of this client that sends one more header on every request. */
    public ApiClient with(String header, String value) {
        ApiClient copy = new ApiClient(baseUrl, user, password);
        copy.headers.putAll(headers);
        copy.headers.put(header, value);
        return copy;
    }

    public Answer post(String path, String jsonBody) {
        HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8);
        return send(request(path).POST(body).header("Content-Type", "application/json"));
    }

    /**
     * Posts a body of unknown length: over HTTP/1.1 the client then sends it chunked, without a Content-Length
     * ({@link HttpRequest.BodyPublishers#ofInputStream} reports no length).
     */
    public Answer postChunked(String path, String jsonBody) {
        return sendChunked("POST", path, "application/json", jsonBody);
    }

    /** Any method with any body and content type, chunked, for requests the API does not expect. */
    public Answer sendChunked(String method, String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(request(path).version(HttpClient.Version.HTTP_1_1)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .header("Content-Type", contentType));
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /**
     * Opens a stream that does not end by itself (server-sent events) and answers as soon as its head has arrived: the
     * status and headers, with the body that follows unread and the connection closed.
     */
    public Answer openStream(String path) {
        HttpResponse<java.io.InputStream> response = exchange(request(path).GET(),
                HttpResponse.BodyHandlers.ofInputStream());
        try {
            response.body().close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Answer(new HeadOnly(response));
    }

    /** Opens a stream whose lines the caller reads as they come; close it when done. */
    public HttpResponse<java.util.stream.Stream<String>> streamLines(String path) {
        return exchange(request(path).GET(), HttpResponse.BodyHandlers.ofLines());
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            String credentials = user + ":" + password;
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) {
        return new Answer(exchange(builder, HttpResponse.BodyHandlers.ofString()));
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(builder.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP answer with its JSON body parsed on demand. */
    public record Answer(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }

    /** The head of a streamed answer, as an answer with an empty body. */
    private record HeadOnly(HttpResponse<?> head) implements HttpResponse<String> {

        @Override
        public int statusCode() {
            return head.statusCode();
        }

        @Override
        public HttpRequest request() {
            return head.request();
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return head.headers();
        }

        @Override
        public String body() {
            return "";
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return head.sslSession();
        }

        @Override
        public URI uri() {
            return head.uri();
        }

        @Override
        public HttpClient.Version version() {
            return head.version();
        }
    }
}
