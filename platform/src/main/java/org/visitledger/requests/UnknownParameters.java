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

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A query parameter an endpoint does not take is 400 naming it, not ignored (issue 21): {@code region} misspelt as
 * {@code regoin} answered every row, as if no filter had been asked for.
 */
final class UnknownParameters implements HandlerInterceptor {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !request.getRequestURI().startsWith("/api/")) {
            return true;
        }
        Set<String> known = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                return true;
            }
            parameter.initParameterNameDiscovery(NAMES);
            known.add(!annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName());
        }
        for (String name : Collections.list(request.getParameterNames())) {
            if (!known.contains(name)) {
                throw Problems.thrown(Problems.invalid(name, known.isEmpty() ? "this endpoint takes no query "
                        + "parameters" : "not a parameter of this endpoint, which takes " + known));
            }
        }
        return true;
    }
}
