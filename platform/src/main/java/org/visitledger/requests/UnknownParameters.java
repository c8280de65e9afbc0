package org.visitledger.requests;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.visitledger.problems.Problems;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter an endpoint does not take is 400 naming it, not ignored (issue 21): {@code region} misspelt as
 * {@code regoin} answered every row, as if no filter had been asked for.
 */
final class UnknownParameters implements HandlerInterceptor {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /**
     * Per handler method, the query parameters it takes; empty for one that takes them all (a {@code Map}). Worked
     * out once per method rather than on every request.
     */
    private final Map<Method, Optional<Set<String>>> knownByMethod = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !request.getRequestURI().startsWith("/api/")) {
            return true;
        }
        Optional<Set<String>> known = knownByMethod.computeIfAbsent(method.getMethod(),
                m -> parametersOf(method));
        if (known.isEmpty()) {
            return true;
        }
        for (String name : Collections.list(request.getParameterNames())) {
            if (!known.get().contains(name)) {
                throw Problems.thrown(Problems.invalid(name, known.get().isEmpty() ? "this endpoint takes no query "
                        + "parameters" : "not a parameter of this endpoint, which takes " + known.get()));
            }
        }
        return true;
    }

    private static Optional<Set<String>> parametersOf(HandlerMethod method) {
        SortedSet<String> known = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                return Optional.empty();
            }
            parameter.initParameterNameDiscovery(NAMES);
            known.add(!annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName());
        }
        return Optional.of(Collections.unmodifiableSortedSet(known));
    }
}
