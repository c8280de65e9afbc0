package org.visitledger.events;

/** Whom a provider concern was escalated to: their role and, as written, their name (or description). */
public record EscalationContact(EscalationRole role, String name) {
}
