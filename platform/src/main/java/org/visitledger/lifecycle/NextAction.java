package org.visitledger.lifecycle;

/**
 * A command the caller may send next: {@code rel} names it by its path under the visit (a stable name, with
 * {@code {…}} where an item's id goes, e.g. {@code notifications/{notificationId}/sent}), {@code href} is the path
 * to send it to.
 */
public record NextAction(String rel, String method, String href) {
}
