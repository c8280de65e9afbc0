package org.visitledger.security;

import org.springframework.security.core.Authentication;

import java.util.List;

/** The role names a caller holds ({@code INSPECTOR}, …), from its {@code ROLE_} authorities; none for no caller. */
public final class CallerRoles {

    private CallerRoles() {
    }

    public static List<String> of(Authentication caller) {
        return PrefixedAuthority.valuesOf(caller, "ROLE_");
    }
}
