package org.visitledger.security;

import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

/**
 * The production token decoder. Nimbus verifies the RS256 signature with the issuer's key and refuses unsigned
 * ({@code alg=none}) and otherwise-signed tokens before any claim is looked at; then every claim check below must pass.
 */
final class TokenDecoders {

    private TokenDecoders() {
    }

    static JwtDecoder decoder(JwtProperties properties, ClaimAuthorities claims) {
        NimbusJwtDecoder decoder = properties.jwkSetUri() != null
                ? NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build()
                : NimbusJwtDecoder.withPublicKey(publicKey(properties.publicKeyLocation())).build();
        decoder.setJwtValidator(validator(properties, claims));
        return decoder;
    }

    /**
     * Spring's defaults (expiry and not-before with 60 s of clock skew, {@code typ}, certificate binding) plus:
     * the issuer and the audience; an expiry, which Spring checks only if present, so that no token is valid for
     * ever; the principal claim, which becomes the actor recorded on every event; a provider's binding.
     */
    static OAuth2TokenValidator<Jwt> validator(JwtProperties properties, ClaimAuthorities claims) {
        return JwtValidators.createDefaultWithValidators(accessTokenTypes(),
                new JwtIssuerValidator(properties.issuer()),
                new JwtAudienceValidator(properties.audience()),
                new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Object>(properties.principalClaim(),
                        actor -> actor != null && StringUtils.hasText(actor.toString())),
                claims.providerBinding());
    }

    /** Plain JWTs and RFC 9068 access tokens ({@code at+jwt}), which Spring's default would refuse. */
    private static JwtTypeValidator accessTokenTypes() {
        JwtTypeValidator types = new JwtTypeValidator("JWT", "at+jwt", "application/at+jwt");
        types.setAllowEmpty(true);
        return types;
    }

    private static RSAPublicKey publicKey(Resource location) {
        try (InputStream pem = location.getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token issuer's public key from " + location, e);
        }
    }
}
