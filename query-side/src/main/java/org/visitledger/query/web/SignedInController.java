package org.visitledger.query.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.security.CallerRoles;
import org.visitledger.security.InspectorName;
import org.visitledger.security.ProviderScope;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/me}: who the caller is signed in as, for the web pages to say so and to show what the role may do. */
@RestController
public class SignedInController {

    @GetMapping("/api/me")
    public Map<String, Object> me() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("user", caller.getName());
        me.put("roles", CallerRoles.of(caller));
        me.put("providerUrn", ProviderScope.callerProviderUrn().orElse(null));
        me.put("inspectorName", InspectorName.of(caller).orElse(null));
        return me;
    }
}
