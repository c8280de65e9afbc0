package org.visitledger.bench;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bearer JWTs as the inspectorate's issuer would sign them (docs/operations.md, "Production authentication"): RS256, with
 * {@code iss}, {@code aud}, {@code sub}, {@code roles}, a provider's {@code provider_urn} and an expiry. With these
 * the load goes through the production authentication path; the servers then run without the embedded profile,
 * with the issuer's public key ({@code visit-ledger.security.jwt.public-key-location}).
 */
final class BearerTokens implements Http.Credentials {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Duration LIFETIME = Duration.ofHours(12);

    private final PrivateKey key;
    private final String issuer;
    private final String audience;
    private final Instant now;

    BearerTokens(PrivateKey key, String issuer, String audience, Instant now) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
        this.now = now;
    }

    /** The issuer's RSA private key, PKCS#8 PEM ("BEGIN PRIVATE KEY", as {@code openssl genpkey} writes it). */
    static PrivateKey readPrivateKey(Path pem) {
        try {
            String body = Files.readString(pem, StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT signing key " + pem, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the JWT signing key " + pem + " is not a PKCS#8 PEM RSA private key", e);
        }
    }

    @Override
    public String authorization(Http.User user) {
        return "Bearer " + token(user);
    }

    String token(Http.User user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", audience);
        claims.put("sub", user.userName);
        claims.put("roles", List.of(user.role));
        if (user.providerUrn != null) {
            claims.put("provider_urn", user.providerUrn);
        }
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        String signed = part(Map.of("alg", "RS256", "typ", "JWT")) + "." + part(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a JWT with the given key", e);
        }
    }

    private static String part(Map<String, ?> json) {
        return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
    }
}
