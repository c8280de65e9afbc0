package org.visitledger.command.visit;

/** A command not allowed in the visit's current state; nothing is recorded. */
public class CommandRefusedException extends RuntimeException {

    private final Refusal refusal;

    public CommandRefusedException(Refusal refusal, String detail) {
        super(detail);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
