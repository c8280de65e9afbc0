package org.visitledger.events;

/**
 * Purposes of {@link NotificationRequired} that the rules read back: a draft report waits until the provider has been
 * told of a revised judgement, which both the visit and the next actions it offers look for by this text.
 */
public final class NotificationPurposes {

    public static final String REVISED_JUDGEMENT = "Revised judgement, with the reasons for the change from the "
            + "provisional judgement given at feedback";

    private NotificationPurposes() {
    }
}
