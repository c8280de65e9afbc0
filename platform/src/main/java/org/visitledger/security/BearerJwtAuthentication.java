package org.visitledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * OAuth2 resource server: bearer JWTs only. There is no other way in: an {@code Authorization: Basic} header is not
 * a bearer token, so such a request is anonymous and answered 401. The challenges are Spring's (RFC 6750:
 * {@code error="invalid_token"} and why, {@code insufficient_scope} on a 403).
 */
final class BearerJwtAuthentication implements ApiAuthentication {

    private static final String REALM = "visit-ledger";

    private final JwtDecoder decoder;
    private final JwtAuthenticationConverter authentication;
    private final String issuer;
    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler denial = new BearerTokenAccessDeniedHandler();

    BearerJwtAuthentication(JwtDecoder decoder, JwtAuthenticationConverter authentication, String issuer) {
        this.decoder = decoder;
        this.authentication = authentication;
        this.issuer = issuer;
        challenge.setRealmName(REALM);
        denial.setRealmName(REALM);
    }

    @Override
    public void configure(HttpSecurity http, AuthenticationEntryPoint unauthenticated, AccessDeniedHandler forbidden) {
        http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authentication))
                .authenticationEntryPoint(unauthenticated)
                .accessDeniedHandler(forbidden)
                // The 401 challenge links this metadata (RFC 9728); it tells a client where to get a token.
                .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
                        resource -> resource.authorizationServer(issuer))));
    }

    @Override
    public void challenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
        challenge.commence(request, response, failure);
    }

    @Override
    public void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) {
        denial.handle(request, response, denied);
    }

    @Override
    public String credentialsWanted() {
        return "Send a valid bearer token (a JWT from the configured issuer) in the Authorization header";
    }
}
