package org.visitledger.command.web;

import org.visitledger.command.visit.InvalidCommandException;

/** Reads the optimistic-concurrency header of docs/api.md: {@code If-Match: "N"} (or {@code *}, any version). */
final class IfMatch {

    private IfMatch() {
    }

    static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw new InvalidCommandException("If-Match", "If-Match must be a version ETag such as \"3\", not " + header);
    }
}
