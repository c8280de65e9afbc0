package org.visitledger.command.web;

import org.visitledger.command.visit.InvalidCommandException;

/**
 * Reads the optimistic-concurrency header of docs/api.md: {@code If-Match: "N"} (or {@code *}, any version). The
 * comparison is strong (RFC 9110): a weak tag {@code W/"N"} never matches, and a bare {@code N} is no entity tag; both
 * are 400 rather than a guess (issue 19, defect 8).
 */
final class IfMatch {

    private IfMatch() {
    }

    static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.length() >= 3 && value.startsWith("\"") && value.endsWith("\"")) {
            try {
                long version = Long.parseLong(value.substring(1, value.length() - 1));
                if (version >= 0) {
                    return version;
                }
            } catch (NumberFormatException ignored) {
                // refused below
            }
        }
        throw new InvalidCommandException("If-Match", "If-Match must be a strong version ETag such as \"3\" (quoted, "
                + "not W/), or *; not " + header);
    }
}
