package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitLedgerApplication;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: people sign in to the web pages with a form; the session it starts carries them to the pages and the API
 * (and ends at sign-out), while an API caller sending Basic credentials is never given a session; the form's failed
 * sign-ins count against the same failed-login limit as Basic's; a page's own read gets no Basic challenge, which
 * would open the browser's password dialog.
 */
@DirtiesContext
@SpringBootTest(classes = VisitLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"visit-ledger.limits.failed-logins-per-user=3", "visit-ledger.limits.failed-login-window=5m"})
class WebSignInTest extends RunningApp {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_form_starts_a_session_that_reads_the_api_until_sign_out_and_basic_starts_none() throws Exception {
        HttpResponse<String> signedIn = signIn("inspector", "inspector");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String session = cookie.substring(0, cookie.indexOf(';'));

        assertThat(get("/api/me", session).body()).contains("\"user\":\"inspector\"").contains("Jo Smith");
        assertThat(inspector.get("/api/me").response().headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> signedOut = http.send(HttpRequest.newBuilder(uri("/logout")).header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isLessThan(400);
        assertThat(get("/api/me", session).statusCode()).isEqualTo(401);
    }

    @Test
    void failed_sign_ins_return_to_the_form_and_count_against_the_failed_login_limit() throws Exception {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> failed = signIn("dutydesk", "guess");
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login.html?error");
        }
        assertThat(signIn("dutydesk", "dutydesk").statusCode()).as("locked, even with the right password")
                .isEqualTo(429);
        assertThat(inspector.as("dutydesk").get("/api/visits").status()).isEqualTo(429);
    }

    @Test
    void a_pages_own_read_is_refused_without_a_challenge_and_the_pages_are_open() throws Exception {
        HttpResponse<String> pageRead = http.send(HttpRequest.newBuilder(uri("/api/me"))
                .header("X-Requested-With", "XMLHttpRequest").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pageRead.statusCode()).isEqualTo(401);
        assertThat(pageRead.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(anonymous.get("/api/me").header("WWW-Authenticate")).startsWith("Basic");

        for (String page : new String[]{"/", "/login.html", "/visit.html", "/notifications.html", "/timeliness.html",
                "/web/app.js", "/web/app.css"}) {
            assertThat(anonymous.get(page).status()).as(page).isEqualTo(200);
        }
    }

    private HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", session).header("Accept",
                "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(inspector.baseUrl() + path);
    }
}
