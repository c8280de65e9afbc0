package org.visitledger.command.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.visitledger.lifecycle.NextActions;
import org.visitledger.lifecycle.VisitPositions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every command's answer also says where the visit now stands (issue 21): {@code status} and {@code actions}, the
 * commands the caller may send next ({@link NextActions}), both as of the version the answer names.
 */
@RestControllerAdvice(basePackageClasses = CommandSender.class)
public class NextActionsInAnswers implements ResponseBodyAdvice<Object> {

    private final VisitPositions positions;
    private final NextActions nextActions;

    public NextActionsInAnswers(VisitPositions positions, NextActions nextActions) {
        this.positions = positions;
        this.nextActions = nextActions;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(body instanceof Map<?, ?> answer) || !(answer.get("visitId") instanceof String visitId)
                || !(answer.get("version") instanceof Long version)) {
            return body;
        }
        return positions.at(visitId, version, position -> {
            Map<Object, Object> withActions = new LinkedHashMap<>(answer);
            withActions.put("status", position.status());
            withActions.put("actions", nextActions.of(position, SecurityContextHolder.getContext().getAuthentication()));
            return (Object) withActions;
        }).orElse(body);
    }
}
