package org.visitledger.security;

import org.springframework.security.core.Authentication;

import java.util.Optional;

/**
 * The name a signed-in inspector is known by in the visits it leads ({@code leadInspector}), as the authority
 * {@code INSPECTOR_NAME:<name>}: granted from the token's name claim, or to the demo inspector. It lets
 * {@code GET /api/visits?inspector=me} mean "the visits I lead" (issue 21): the account name that events record as
 * the actor is not the person's name the announcement gives.
 */
public final class InspectorName {

    public static final String PREFIX = "INSPECTOR_NAME:";

    private InspectorName() {
    }

    public static String authority(String name) {
        return PREFIX + name;
    }

    /** The caller's inspector name; empty for a caller whose sign-in carries none. */
    public static Optional<String> of(Authentication caller) {
        return PrefixedAuthority.valueOf(caller, PREFIX);
    }
}
