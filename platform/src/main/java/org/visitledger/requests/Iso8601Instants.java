package org.visitledger.requests;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An instant in a request body is an ISO-8601 string with its offset ({@code 2025-11-17T09:00:00Z},
 * {@code 2025-11-17T10:00:00+01:00}) in the years 0001 to 9999, and nothing else: Jackson's own reader also takes
 * epoch seconds, as a number or as a string of digits, which a client sending the wrong field would never notice,
 * and a year such as -999999999 broke the working-day calendar further in (a 500).
 */
final class Iso8601Instants extends StdScalarDeserializer<Instant> {

    Iso8601Instants() {
        super(Instant.class);
    }

    /** The instant {@code text} names, if it is an ISO-8601 date-time with offset in the years 0001 to 9999. */
    static Optional<Instant> parse(String text) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            // ISO-8601 allows years of up to nine digits; no record of a visit is dated outside four.
            return time.getYear() >= 1 && time.getYear() <= 9999 ? Optional.of(time.toInstant()) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getString();
        return parse(text).orElseGet(() -> (Instant) context.handleWeirdStringValue(Instant.class, text,
                "must be an ISO-8601 instant with offset, in the years 0001 to 9999"));
    }
}
