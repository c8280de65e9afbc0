package org.visitledger.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.StringUtils;

import java.net.URI;

/**
 * {@code visit-ledger.security.jwt.*}: which bearer tokens production accepts. Issuer and audience are required (a
 * token from any issuer, or meant for another API, must not get in), and exactly one source of the issuer's public
 * key: its JWK set URI (fetched on the first token, so start-up needs no network) or a PEM file.
 *
 * @param issuer            the {@code iss} every token must carry
 * @param audience          a value the token's {@code aud} must contain
 * @param jwkSetUri         the issuer's JWK set (RS256 keys)
 * @param publicKeyLocation a PEM RSA public key ({@code file:...} or {@code classpath:...}) instead of a JWK set
 * @param principalClaim    the claim recorded as the actor of every event
 * @param rolesClaim        the claim listing the caller's roles, e.g. {@code ["INSPECTOR"]}
 * @param providerUrnClaim  the claim binding a PROVIDER caller to its provider URN
 * @param nameClaim         the claim giving the caller's name as visits name their inspectors ({@link InspectorName})
 */
@ConfigurationProperties("visit-ledger.security.jwt")
public record JwtProperties(String issuer, String audience, URI jwkSetUri, Resource publicKeyLocation,
                            @DefaultValue("sub") String principalClaim, @DefaultValue("roles") String rolesClaim,
                            @DefaultValue("provider_urn") String providerUrnClaim,
                            @DefaultValue("name") String nameClaim) {

    private static final String PREFIX = "visit-ledger.security.jwt.";

    /** Refuses to start without what token validation needs, rather than accept tokens it cannot check. */
    public JwtProperties {
        require(issuer, "issuer");
        require(audience, "audience");
        require(principalClaim, "principal-claim");
        require(rolesClaim, "roles-claim");
        require(providerUrnClaim, "provider-urn-claim");
        require(nameClaim, "name-claim");
        if ((jwkSetUri == null) == (publicKeyLocation == null)) {
            throw new IllegalArgumentException("Set exactly one of " + PREFIX + "jwk-set-uri and " + PREFIX
                    + "public-key-location: bearer tokens are verified with the issuer's public key");
        }
    }

    private static void require(String value, String name) {
        if (!StringUtils.hasText(value)) {
            throw new IllegalArgumentException(PREFIX + name + " must be set: bearer tokens are validated against it");
        }
    }
}
