package org.visitledger.security;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The JWK set URI way of configuring the issuer's key (the HTTP tests use a PEM file): the key set is fetched from
 * the issuer, here a loopback server, only when the first token arrives, so the application starts without network.
 */
class TokenDecodersTest {

    private final TokenIssuer idp = new TokenIssuer();
    private final AtomicInteger keySetRequests = new AtomicInteger();
    private HttpServer issuer;

    @BeforeEach
    void startIssuer() throws IOException {
        issuer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer.createContext("/jwks", exchange -> {
            keySetRequests.incrementAndGet();
            byte[] keys = idp.jwkSet().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(keys);
            }
        });
        issuer.start();
    }

    @AfterEach
    void stopIssuer() {
        issuer.stop(0);
    }

    @Test
    void the_key_set_is_fetched_on_the_first_token_and_verifies_it() {
        JwtDecoder decoder = decoder();
        assertThat(keySetRequests).hasValue(0);

        assertThat(decoder.decode(idp.token("jo.smith", "INSPECTOR").signed()).getSubject()).isEqualTo("jo.smith");
        assertThat(keySetRequests).hasValue(1);
    }

    @Test
    void a_token_signed_with_a_key_not_in_the_set_is_refused() {
        assertThatExceptionOfType(BadJwtException.class).isThrownBy(() ->
                decoder().decode(idp.token("jo.smith", "INSPECTOR").signedWith(TokenIssuer.newKey())));
    }

    private JwtDecoder decoder() {
        URI keySet = URI.create("http://127.0.0.1:" + issuer.getAddress().getPort() + "/jwks");
        JwtProperties properties = new JwtProperties(TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, keySet, null, "sub",
                "roles", "provider_urn", "name");
        return TokenDecoders.decoder(properties, new ClaimAuthorities("roles", "provider_urn", "name"));
    }
}
