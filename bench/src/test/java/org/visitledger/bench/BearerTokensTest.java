package org.visitledger.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BearerTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path directory;

    @Test
    void a_token_is_signed_rs256_by_the_pem_key_and_carries_the_claims_the_servers_check() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path pem = directory.resolve("issuer.key");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        BearerTokens tokens = new BearerTokens(BearerTokens.readPrivateKey(pem), "https://issuer.test", "visit-ledger", NOW);

        String[] parts = tokens.token(Http.User.PROVIDER).split("\\.");

        assertEquals(3, parts.length);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(pair.getPublic());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])), "signature");
        assertEquals("RS256", json(parts[0]).get("alg").asString());
        JsonNode claims = json(parts[1]);
        assertEquals("https://issuer.test", claims.get("iss").asString());
        assertEquals("visit-ledger", claims.get("aud").asString());
        assertEquals("provider", claims.get("sub").asString());
        assertEquals("PROVIDER", claims.get("roles").get(0).asString());
        assertEquals("SC000001", claims.get("provider_urn").asString());
        assertEquals(NOW.getEpochSecond() + 12 * 3600, claims.get("exp").asLong());
        assertFalse(json(tokens.token(Http.User.INSPECTOR).split("\\.")[1]).has("provider_urn"));
    }

    @Test
    void a_file_that_is_no_pkcs8_private_key_is_refused_with_its_name() throws Exception {
        Path pem = directory.resolve("public.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> BearerTokens.readPrivateKey(pem));
        assertTrue(refused.getMessage().contains("public.pem"), refused.getMessage());
    }

    private static JsonNode json(String part) {
        return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(part));
    }
}
