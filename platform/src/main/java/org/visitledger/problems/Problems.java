package org.visitledger.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem+json answer of both sides is made here: RFC 9457 problem details with a stable type per kind of
 * problem ({@code urn:visit-ledger:problem:<type>}), returned by exception handlers, thrown for Spring to render
 * ({@link #thrown}), or written by servlet filters that answer before Spring MVC ({@link #write}).
 */
public final class Problems {

    /**
     * Filters answer before Spring MVC's message converters are reached; the mixin puts a problem's extra properties
     * ({@code errors}) at the top level, as the converters do, rather than under {@code "properties"}.
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:visit-ledger:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    /** For Spring MVC to render: thrown from a controller or a component it calls. */
    public static ErrorResponseException thrown(HttpStatus status, String type, String title, String detail) {
        return thrown(of(status, type, title, detail));
    }

    public static ErrorResponseException thrown(ProblemDetail problem) {
        return new ErrorResponseException(HttpStatus.valueOf(problem.getStatus()), problem, null);
    }

    /** 400 naming the one field, query parameter or header that is wrong. */
    public static ProblemDetail invalid(String field, String message) {
        return invalid(field + ": " + message, List.of(fieldError(field, message)));
    }

    /**
     * One entry of a 400's {@code errors}: {@code field}, then {@code message}, always in that order (an unordered
     * map answered them in either order from one run of the application to the next).
     */
    public static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    public static ProblemDetail invalid(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Answers a request with a problem from a servlet filter; {@code instance} is the request's path. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(instance(request));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /** The problem's JSON, as {@link #write} sends it. */
    public static String json(ProblemDetail problem) {
        return JSON.writeValueAsString(problem);
    }

    /** The path as the client sent it; null for one that is no valid URI reference (it is then left out). */
    private static URI instance(HttpServletRequest request) {
        return instance(request.getRequestURI());
    }

    /** {@code path} as a problem's {@code instance}; null for one that is no valid URI reference. */
    public static URI instance(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
