package org.visitledger.command.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.visitledger.problems.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Malformed or invalid requests answer 400 problem+json naming each bad field (docs/api.md, "Errors"): unknown
 * fields, unknown enum values, unparseable times, missing fields. Anything unexpected is a 500 without
 * internals, logged with its correlation id.
 */
@RestControllerAdvice
public class RequestProblemHandler extends ResponseEntityExceptionHandler {

    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate Object property \"([^\"]{1,200})\"");

    private static final Logger log = LoggerFactory.getLogger(RequestProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(Problems.fieldError(error.getField(), String.valueOf(error.getDefaultMessage())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(Problems.fieldError(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
        return badRequest("The request has invalid fields", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField()
                        : result.getMethodParameter().getParameterName();
                errors.add(Problems.fieldError(String.valueOf(field), String.valueOf(error.getDefaultMessage())));
            }
        });
        return badRequest("The request has invalid fields", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JacksonException json = jacksonCause(ex);
        if (json != null) {
            String duplicate = duplicateKey(json);
            String field = duplicate != null ? duplicate : fieldPath(json);
            String message = duplicate != null ? "is given more than once" : describe(json);
            return badRequest("The request body could not be read: " + (field.isEmpty() ? "" : field + " ") + message,
                    List.of(Problems.fieldError(field.isEmpty() ? "(body)" : field, message)));
        }
        return badRequest("The request body is missing or is not JSON",
                List.of(Problems.fieldError("(body)", "a JSON body is required")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "(parameter)" : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String message = type != null && type.isEnum() ? "must be one of " + Arrays.toString(type.getEnumConstants())
                : "has a value of the wrong type";
        return badRequest(field + " " + message, List.of(Problems.fieldError(field, message)));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The server could not complete the request; quote the X-Correlation-Id header when reporting it");
    }

    private static ResponseEntity<Object> badRequest(String detail, List<Map<String, String>> errors) {
        return ResponseEntity.badRequest().body(Problems.invalid(detail, errors));
    }

    /** The outermost JSON error: it knows the field path (deeper causes such as a date parse error do not). */
    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    /** What is wrong, in the client's terms (never Java class names). */
    private static String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type.isEnum()) {
                return "must be one of " + Arrays.toString(type.getEnumConstants());
            }
            if (type == Instant.class) {
                return "must be an ISO-8601 instant with offset, e.g. 2024-12-16T09:00:00Z";
            }
            if (type == LocalDate.class) {
                return "must be a date YYYY-MM-DD";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "must be true or false";
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
                return "must be a whole number in range";
            }
            if (type == String.class) {
                return "must be a string";
            }
            if (List.class.isAssignableFrom(type)) {
                return "must be an array";
            }
            return "must be a JSON object of the documented shape";
        }
        if (e instanceof StreamReadException) {
            return "is not well-formed JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
        }
        return "has a value of the wrong type";
    }

    /**
     * The key a body gives twice (the mapper refuses duplicates: which one counts would be a guess), from the
     * parser's report, which names it but gives no path.
     */
    private static String duplicateKey(JacksonException e) {
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        return e instanceof StreamReadException && duplicate.find() ? duplicate.group(1) : null;
    }

    private static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
