package org.visitledger.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A token's roles and provider binding as the authorities both sides check: each role in the roles claim becomes
 * {@code ROLE_<role>} (the role matrix), and a PROVIDER's provider URN claim becomes {@code PROVIDER_URN:<urn>}
 * (provider isolation); the name claim, where the token has it, becomes {@code INSPECTOR_NAME:<name>}
 * ({@link InspectorName}). The URN claim means nothing without the PROVIDER role: an inspector is never narrowed by it.
 */
final class ClaimAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    private static final String PROVIDER = "PROVIDER";

    private final String rolesClaim;
    private final String providerUrnClaim;
    private final String nameClaim;

    ClaimAuthorities(String rolesClaim, String providerUrnClaim, String nameClaim) {
        this.rolesClaim = rolesClaim;
        this.providerUrnClaim = providerUrnClaim;
        this.nameClaim = nameClaim;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt token) {
        List<String> roles = roles(token);
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        if (roles.contains(PROVIDER)) {
            authorities.add(new SimpleGrantedAuthority(
                    ProviderAuthority.of(token.getClaimAsString(providerUrnClaim))));
        }
        String name = token.hasClaim(nameClaim) ? token.getClaimAsString(nameClaim) : null;
        if (StringUtils.hasText(name)) {
            authorities.add(new SimpleGrantedAuthority(InspectorName.authority(name.strip())));
        }
        return authorities;
    }

    /**
     * Refuses a PROVIDER token that names no provider URN. Without the {@code PROVIDER_URN:} authority a provider
     * would not be narrowed to its own visits at all, and would see every provider's.
     */
    OAuth2TokenValidator<Jwt> providerBinding() {
        return token -> !roles(token).contains(PROVIDER) || StringUtils.hasText(token.getClaimAsString(providerUrnClaim))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                        "A token with the role PROVIDER must carry the claim " + providerUrnClaim, null));
    }

    private List<String> roles(Jwt token) {
        List<String> roles = token.hasClaim(rolesClaim) ? token.getClaimAsStringList(rolesClaim) : null;
        return roles == null ? List.of() : roles;
    }
}
