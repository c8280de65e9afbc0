package org.visitledger.command.visit;

/** A command whose input breaks a rule whatever the visit's state (HTTP 400 on {@code field}). */
public class InvalidCommandException extends RuntimeException {

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
