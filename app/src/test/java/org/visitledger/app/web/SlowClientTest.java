package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, defect 2: 230 unauthenticated connections that sent headers announcing a body and then nothing held every
 * worker thread for about 60 s, even after their 401, and a legitimate read took 58 s. A request refused before its
 * body is read now closes its connection, and a body that stops arriving is given up after 10 s.
 */
class SlowClientTest extends RunningApp {

    /** More than Tomcat's 200 worker threads. */
    private static final int SLOW_CONNECTIONS = 250;
    private static final String ANNOUNCED_BODY = "POST /api/visits HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nContent-Length: 1000\r\n";

    @LocalServerPort
    private int port;

    @Test
    void connections_that_announce_a_body_and_never_send_it_do_not_hold_up_a_legitimate_read() throws IOException {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                slow.add(send(ANNOUNCED_BODY + "\r\n"));
            }
            // Time for every slow request to reach a worker thread and be refused.
            sleepMillis(1_000);

            long start = System.nanoTime();
            Answer read = inspector.get("/api/visits");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(read.status()).isEqualTo(200);
            // It took 58 s before; 5 s leaves room for the slowest machine.
            assertThat(took).as("a legitimate read beside " + SLOW_CONNECTIONS + " slow connections")
                    .isLessThan(Duration.ofSeconds(5));
            for (Socket socket : slow) {
                assertThat(statusLine(socket)).as("refused without the body").contains(" 401 ");
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void an_authenticated_body_that_stops_arriving_is_given_up_after_the_read_timeout() throws IOException {
        long start = System.nanoTime();
        try (Socket socket = send(ANNOUNCED_BODY + "Authorization: Basic aW5zcGVjdG9yOmluc3BlY3Rvcg==\r\n\r\n{")) {
            assertThat(statusLine(socket)).contains(" 400 ");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // The read timeout is 10 s (Tomcat's default was 60 s).
        assertThat(took).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(30));
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Socket send(String request) throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(60_000);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    private static String statusLine(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                .readLine();
    }
}
