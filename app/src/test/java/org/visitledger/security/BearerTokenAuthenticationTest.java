package org.visitledger.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.OnTestDatabase;
import org.visitledger.app.VisitLedgerApplication;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Production authentication against the real application in the production profile: bearer JWTs signed by a test
 * key pair whose public key the application reads from a PEM file, as an operator would configure it. A valid token
 * works with the roles and provider URN of its claims and records its subject as the actor; every spoiled token,
 * no token, and the demo users' Basic credentials are 401 problem+json.
 */
// It sends many invalid tokens on purpose, all from one address: the failed-login limit (AccessRateLimitTest) is lifted.
@SpringBootTest(classes = VisitLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"visit-ledger.limits.failed-logins-per-user=1000000",
                "visit-ledger.limits.failed-logins-per-address=1000000"})
@ActiveProfiles("production")
@OnTestDatabase
class BearerTokenAuthenticationTest {

    private static final TokenIssuer IDP = new TokenIssuer();
    private static final Path DATA_DIR = tempDir();
    private static final String ANNOUNCE = VisitRequests.announce("SCH_ASSURANCE");
    private static final String OTHER_PROVIDER = ANNOUNCE.replace("SC000001", "SC000002");

    @LocalServerPort
    private int port;

    private ApiClient anonymous;

    @DynamicPropertySource
    static void production(DynamicPropertyRegistry registry) throws IOException {
        Path publicKey = Files.writeString(DATA_DIR.resolve("issuer.pem"), IDP.publicKeyPem());
        registry.add("visit-ledger.data-dir", DATA_DIR::toString);
        registry.add("visit-ledger.security.jwt.issuer", () -> TokenIssuer.ISSUER);
        registry.add("visit-ledger.security.jwt.audience", () -> TokenIssuer.AUDIENCE);
        registry.add("visit-ledger.security.jwt.public-key-location", () -> publicKey.toUri().toString());
    }

    @BeforeEach
    void client() {
        anonymous = new ApiClient("http://localhost:" + port, null);
    }

    @Test
    void an_inspector_token_announces_a_visit_recorded_under_the_token_subject() {
        Answer announced = expect(bearer(IDP.token("jo.smith", "INSPECTOR").signed()).post("/api/visits", ANNOUNCE), 201);

        JsonNode history = expect(bearer(IDP.token("audit.team", "AUDITOR").signed())
                .get("/api/visits/" + announced.json().get("visitId").asString() + "/history"), 200).json();
        assertThat(history.valueStream().map(event -> event.get("actor").asString()).distinct())
                .containsExactly("jo.smith");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSPECTOR", "MANAGER", "DUTY_DESK", "REGIONAL_DIRECTOR", "QA_MANAGER", "AUDITOR",
            "ANALYST", "ADMIN", "PROVIDER"})
    void the_roles_claim_gives_the_caller_its_role(String role) {
        ApiClient caller = bearer(IDP.token("someone", role).claim("provider_urn", "SC000001").signed());

        expect(caller.get(role.equals("ADMIN") ? "/api/admin/projections" : "/api/visits"), 200);
        if (role.equals("INSPECTOR")) {
            expect(caller.post("/api/visits", ANNOUNCE), 201);
        } else {
            Answer refused = expect(caller.post("/api/visits", ANNOUNCE), 403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer ").contains("insufficient_scope");
        }
    }

    @Test
    void a_provider_token_acts_on_the_visits_of_its_provider_urn_only() {
        ApiClient inspector = bearer(IDP.token("jo.smith", "INSPECTOR").signed());
        String visit = "/api/visits/" + expect(inspector.post("/api/visits", ANNOUNCE), 201).json().get("visitId").asString();

        expect(bearer(IDP.token("elm.house", "PROVIDER").claim("provider_urn", "SC000002").signed())
                .post(visit + "/annex-a", null), 404);
        expect(bearer(IDP.token("oakfield", "PROVIDER").claim("provider_urn", "SC000001").signed())
                .post(visit + "/annex-a", null), 200);
    }

    @Test
    void a_provider_urn_claim_does_not_narrow_a_caller_without_the_provider_role() {
        ApiClient inspector = bearer(IDP.token("jo.smith", "INSPECTOR").claim("provider_urn", "SC000001").signed());

        String visit = "/api/visits/" + expect(inspector.post("/api/visits", OTHER_PROVIDER), 201).json()
                .get("visitId").asString();
        expect(inspector.post(visit + "/annex-a", null), 200);
    }

    @Test
    void the_challenge_links_metadata_naming_the_token_issuer() {
        Answer refused = expect(anonymous.get("/api/visits"), 401);
        assertThat(refused.header("WWW-Authenticate")).contains("resource_metadata=");

        JsonNode metadata = expect(anonymous.get("/.well-known/oauth-protected-resource"), 200).json();
        assertThat(metadata.get("authorization_servers").valueStream().map(JsonNode::asString))
                .containsExactly(TokenIssuer.ISSUER);
    }

    /** Each token is a valid inspector's token but for one thing, so the 401 is for that thing alone. */
    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                arguments("expired", IDP.token("jo.smith", "INSPECTOR").expiredMinutesAgo(5).signed()),
                arguments("signed with another key", IDP.token("jo.smith", "INSPECTOR").signedWith(TokenIssuer.newKey())),
                arguments("of another issuer", IDP.token("jo.smith", "INSPECTOR").claim("iss", "https://login.other.test").signed()),
                arguments("for another audience", IDP.token("jo.smith", "INSPECTOR").claim("aud", "another-api").signed()),
                arguments("unsigned, alg=none", IDP.token("jo.smith", "INSPECTOR").unsigned()),
                arguments("alg=none over a valid signature", IDP.token("jo.smith", "INSPECTOR").signedThenAlgNone()),
                arguments("HS256 keyed with the public key", IDP.token("jo.smith", "INSPECTOR").hmacWithPublicKey()),
                arguments("without an expiry", IDP.token("jo.smith", "INSPECTOR").claim("exp", null).signed()),
                arguments("without a subject", IDP.token("jo.smith", "INSPECTOR").claim("sub", null).signed()),
                arguments("a provider's without its provider URN", IDP.token("oakfield", "PROVIDER").signed()),
                arguments("not a JWT", "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void a_token_that_is_not_valid_is_401(String what, String token) {
        Answer refused = assertUnauthenticated(bearer(token).post("/api/visits", ANNOUNCE));
        assertThat(refused.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void no_token_is_401() {
        assertUnauthenticated(anonymous.post("/api/visits", ANNOUNCE));
        assertUnauthenticated(anonymous.get("/api/visits"));
    }

    @Test
    void the_demo_users_do_not_exist_outside_the_embedded_profile() {
        assertUnauthenticated(anonymous.as("inspector").post("/api/visits", ANNOUNCE));
        assertUnauthenticated(anonymous.as("admin").get("/api/admin/projections"));
    }

    private ApiClient bearer(String token) {
        return anonymous.with("Authorization", "Bearer " + token);
    }

    private static Answer assertUnauthenticated(Answer answer) {
        expect(answer, 401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer ");
        return answer;
    }

    private static Answer expect(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        return answer;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("visit-ledger-jwt-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
