package org.visitledger.security;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Production refuses to start on a token configuration it could not check tokens against. */
class JwtPropertiesTest {

    private static final URI JWKS = URI.create("https://login.inspectorate.test/jwks");
    private static final Resource PEM = new ByteArrayResource(new byte[0]);

    @Test
    void issuer_and_audience_are_required() {
        assertThatIllegalArgumentException().isThrownBy(() -> properties(null, "visit-ledger", JWKS, null))
                .withMessageContaining("visit-ledger.security.jwt.issuer");
        assertThatIllegalArgumentException().isThrownBy(() -> properties("https://idp", " ", JWKS, null))
                .withMessageContaining("visit-ledger.security.jwt.audience");
    }

    @Test
    void exactly_one_source_of_the_issuers_key_is_required() {
        assertThatIllegalArgumentException().isThrownBy(() -> properties("https://idp", "visit-ledger", null, null))
                .withMessageContaining("jwk-set-uri").withMessageContaining("public-key-location");
        assertThatIllegalArgumentException().isThrownBy(() -> properties("https://idp", "visit-ledger", JWKS, PEM))
                .withMessageContaining("exactly one");
    }

    @Test
    void a_complete_configuration_is_accepted() {
        assertThat(properties("https://idp", "visit-ledger", null, PEM).publicKeyLocation()).isSameAs(PEM);
    }

    private static JwtProperties properties(String issuer, String audience, URI jwkSetUri, Resource publicKey) {
        return new JwtProperties(issuer, audience, jwkSetUri, publicKey, "sub", "roles", "provider_urn", "name");
    }
}
