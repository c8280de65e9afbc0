package org.visitledger.command.visit;

/** Payload of the persistent deadline message that fires when a deadline falls due. */
public record DeadlineDue(String deadlineId) {
    public static final String NAME = "deadline-due";
}
