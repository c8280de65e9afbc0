package org.visitledger.events;

/**
 * The four-point scale of LA safeguarding and looked-after-children inspections (seed 003 para 29), best first:
 * {@link #atMost} compares grades in that order.
 */
public enum Grade {
    OUTSTANDING,
    GOOD,
    ADEQUATE,
    INADEQUATE;

    /** Whether this grade is no better than {@code other} (INADEQUATE is at most ADEQUATE). */
    public boolean atMost(Grade other) {
        return ordinal() >= other.ordinal();
    }
}
