package org.visitledger.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in identity provider for tests: an RSA key pair made for the test run, and tokens signed with it (or
 * deliberately not) that a test can spoil one claim at a time.
 */
final class TokenIssuer {

    static final String ISSUER = "https://login.inspectorate.test/realms/staff";
    static final String AUDIENCE = "visit-ledger";

    private final RSAKey key = newKey();

    /** A valid token for this subject: issuer, audience, five minutes to expiry, the roles claim. */
    Token token(String subject, String... roles) {
        Instant now = Instant.now();
        return new Token(key, new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString()).claim("roles", List.of(roles)));
    }

    /** The public key as the PEM file an operator would configure. */
    String publicKeyPem() {
        try {
            return "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.toRSAPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as the JWK set an identity provider publishes. */
    String jwkSet() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One token's claims, to be changed and then signed. */
    static final class Token {

        private final RSAKey issuerKey;
        private final JWTClaimsSet.Builder claims;

        private Token(RSAKey issuerKey, JWTClaimsSet.Builder claims) {
            this.issuerKey = issuerKey;
            this.claims = claims;
        }

        Token claim(String name, Object value) {
            claims.claim(name, value);
            return this;
        }

        Token expiredMinutesAgo(long minutes) {
            Instant expiry = Instant.now().minus(Duration.ofMinutes(minutes));
            claims.issueTime(Date.from(expiry.minus(Duration.ofMinutes(5)))).expirationTime(Date.from(expiry));
            return this;
        }

        /** RS256 with the issuer's key, as the identity provider signs. */
        String signed() {
            return signedWith(issuerKey);
        }

        /** RS256 with a key that is not the issuer's. */
        String signedWith(RSAKey otherKey) {
            try {
                return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                        .keyID(otherKey.getKeyID()).build(), new RSASSASigner(otherKey));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * HS256 with the issuer's public key as the HMAC secret: the key-confusion attack on servers that let a
         * token choose its own algorithm.
         */
        String hmacWithPublicKey() {
            try {
                return sign(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                        new MACSigner(issuerKey.toRSAPublicKey().getEncoded()));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Unsigned: header {@code {"alg":"none"}} and an empty signature part. */
        String unsigned() {
            return new PlainJWT(claims.build()).serialize();
        }

        /** A properly signed token whose header is then swapped for {@code {"alg":"none"}}, signature kept. */
        String signedThenAlgNone() {
            String[] parts = signed().split("\\.");
            return Base64URL.encode("{\"alg\":\"none\"}") + "." + parts[1] + "." + parts[2];
        }

        private String sign(JWSHeader header, JWSSigner signer) throws JOSEException {
            SignedJWT token = new SignedJWT(header, claims.build());
            token.sign(signer);
            return token.serialize();
        }
    }
}
