package org.visitledger.events;

/** How a required notification is delivered. EMAIL_THEN_PHONE needs a receipt confirmation. */
public enum NotificationChannel {
    EMAIL,
    PHONE,
    EMAIL_THEN_PHONE
}
