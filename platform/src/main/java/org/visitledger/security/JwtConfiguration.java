package org.visitledger.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Production authentication, in every profile but the embedded one: an OAuth2 resource server accepting signed
 * bearer JWTs of the configured issuer and audience ({@link JwtProperties}); roles and the provider URN come from
 * the token's claims, the actor recorded on events is its subject (or the configured principal claim).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!" + DemoUsersConfiguration.PROFILE)
@EnableConfigurationProperties(JwtProperties.class)
public class JwtConfiguration {

    @Bean
    public JwtDecoder jwtDecoder(JwtProperties properties) {
        return TokenDecoders.decoder(properties, claimAuthorities(properties));
    }

    @Bean
    public ApiAuthentication bearerJwtAuthentication(JwtDecoder decoder, JwtProperties properties) {
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(claimAuthorities(properties));
        // Authentication.getName() is what CommandSender records as the actor.
        authentication.setPrincipalClaimName(properties.principalClaim());
        return new BearerJwtAuthentication(decoder, authentication, properties.issuer());
    }

    private static ClaimAuthorities claimAuthorities(JwtProperties properties) {
        return new ClaimAuthorities(properties.rolesClaim(), properties.providerUrnClaim(),
                properties.nameClaim());
    }
}
