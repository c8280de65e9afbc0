package org.visitledger.requests;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Instants in query parameters ({@code asOf}, {@code dueBefore}, {@code dueAfter}) as in bodies: ISO-8601 with offset,
 * in the years 0001 to 9999 ({@link Iso8601Instants}). Spring's own conversion also took a number of epoch
 * milliseconds, so {@code asOf=1700000000} silently meant 20 January 1970 (issue 19, defect 8). Registered with
 * Spring MVC as a converter bean, it takes precedence over Spring's; a refused value is 400 naming the parameter.
 */
@Component
public class Iso8601InstantParameters implements Converter<String, Instant> {

    @Override
    public Instant convert(String text) {
        return Iso8601Instants.parse(text.strip()).orElseThrow(() -> new IllegalArgumentException(
                "must be an ISO-8601 instant with offset, e.g. 2024-12-16T09:00:00Z"));
    }
}
