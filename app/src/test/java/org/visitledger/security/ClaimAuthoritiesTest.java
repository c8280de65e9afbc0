package org.visitledger.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles and the provider binding read from a token's claims. */
class ClaimAuthoritiesTest {

    private final ClaimAuthorities claims = new ClaimAuthorities("roles", "provider_urn", "name");

    @Test
    void each_role_becomes_a_spring_role() {
        assertThat(authorities(Map.of("roles", List.of("INSPECTOR", "MANAGER"))))
                .containsExactlyInAnyOrder("ROLE_INSPECTOR", "ROLE_MANAGER");
        assertThat(authorities(Map.of("roles", "AUDITOR"))).containsExactly("ROLE_AUDITOR");
    }

    @Test
    void a_token_without_roles_has_none() {
        assertThat(authorities(Map.of("scope", "openid"))).isEmpty();
    }

    @Test
    void a_provider_is_bound_to_the_urn_of_its_claim() {
        Map<String, Object> provider = Map.of("roles", List.of("PROVIDER"), "provider_urn", "SC000002");

        assertThat(authorities(provider)).containsExactlyInAnyOrder("ROLE_PROVIDER", "PROVIDER_URN:SC000002");
        assertThat(claims.providerBinding().validate(jwt(provider)).hasErrors()).isFalse();
    }

    @Test
    void a_provider_without_a_urn_is_refused() {
        assertThat(claims.providerBinding().validate(jwt(Map.of("roles", List.of("PROVIDER")))).getErrors())
                .singleElement().satisfies(error -> assertThat(error.getDescription()).contains("provider_urn"));
        assertThat(claims.providerBinding().validate(jwt(Map.of("roles", List.of("PROVIDER"), "provider_urn", "")))
                .hasErrors()).isTrue();
    }

    @Test
    void the_urn_claim_binds_nobody_but_a_provider() {
        Map<String, Object> inspector = Map.of("roles", List.of("INSPECTOR"), "provider_urn", "SC000002");

        assertThat(authorities(inspector)).containsExactly("ROLE_INSPECTOR");
        assertThat(claims.providerBinding().validate(jwt(Map.of("roles", List.of("INSPECTOR")))).hasErrors()).isFalse();
    }

    @Test
    void the_name_claim_names_the_inspector_the_caller_is() {
        assertThat(authorities(Map.of("roles", List.of("INSPECTOR"), "name", " Jo Smith ")))
                .containsExactlyInAnyOrder("ROLE_INSPECTOR", "INSPECTOR_NAME:Jo Smith");
        assertThat(authorities(Map.of("roles", List.of("INSPECTOR"), "name", " "))).containsExactly("ROLE_INSPECTOR");
    }

    private List<String> authorities(Map<String, Object> tokenClaims) {
        return claims.convert(jwt(tokenClaims)).stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt jwt(Map<String, Object> tokenClaims) {
        return Jwt.withTokenValue("token").header("alg", "RS256").subject("someone").claims(c -> c.putAll(tokenClaims))
                .build();
    }
}
