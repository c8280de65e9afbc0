package org.visitledger.command.visit;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.events.NotificationChannel;
import org.visitledger.events.NotificationReceiptConfirmed;
import org.visitledger.events.NotificationRequired;
import org.visitledger.events.NotificationSent;
import org.visitledger.events.Provider;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The notifications a visit requires (visit-process.md, "Notifications") and how far each has got. */
final class VisitNotifications {

    private record Tracked(NotificationChannel channel, String purpose, Instant requiredAt, Instant sentAt,
                           boolean confirmed) {
    }

    private final Map<String, Tracked> byId = new LinkedHashMap<>();

    /** How the rulebook's recipient kinds are named on the notification (see NotificationRule). */
    static String recipient(String kind, Provider provider) {
        return switch (kind) {
            case "PROVIDER" -> "provider " + provider.urn() + " (" + provider.name() + ")";
            case "DCS" -> "Director of children's services, " + provider.localAuthority();
            default -> kind;
        };
    }

    /** The rulebook's recipient kind EACH_PLACING_AUTHORITY stands for one notification per placing authority. */
    static List<String> recipients(String kind, Provider provider, List<String> placingAuthorities) {
        if ("EACH_PLACING_AUTHORITY".equals(kind)) {
            return placingAuthorities.stream().map(authority -> "Placing authority " + authority).toList();
        }
        return List.of(recipient(kind, provider));
    }

    boolean anyRequiredFor(String purpose) {
        return byId.values().stream().anyMatch(n -> n.purpose().equals(purpose));
    }

    boolean anyUnsentFor(String purpose) {
        return byId.values().stream().anyMatch(n -> n.purpose().equals(purpose) && n.sentAt() == null);
    }

    /** The id of the n-th notification a command requires (n from 0); ids are N-1, N-2, ... per visit. */
    String nextId(int requiredEarlierInThisCommand) {
        return "N-" + (byId.size() + requiredEarlierInThisCommand + 1);
    }

    void require(String visitId, String notificationId, String recipient, NotificationChannel channel,
                 String purpose, Instant dueAt, Instant occurredAt) {
        apply(new NotificationRequired(visitId, notificationId, recipient, channel, purpose, dueAt, occurredAt));
    }

    void markSent(String visitId, String notificationId, Instant occurredAt) {
        Tracked notification = known(visitId, notificationId);
        if (notification.sentAt() != null) {
            throw new CommandRefusedException(Refusal.NOTIFICATION_ALREADY_SENT,
                    "Notification " + notificationId + " was already recorded as sent at " + notification.sentAt());
        }
        requireNotBefore(occurredAt, notification.requiredAt(), "it was required");
        apply(new NotificationSent(visitId, notificationId, occurredAt));
    }

    void confirmReceipt(String visitId, String notificationId, Instant occurredAt) {
        Tracked notification = known(visitId, notificationId);
        if (notification.channel() != NotificationChannel.EMAIL_THEN_PHONE) {
            throw new CommandRefusedException(Refusal.NO_RECEIPT_CONFIRMATION_NEEDED, "Notification "
                    + notificationId + " goes by " + notification.channel() + " and needs no receipt confirmation");
        }
        if (notification.sentAt() == null) {
            throw new CommandRefusedException(Refusal.NOTIFICATION_NOT_SENT,
                    "Notification " + notificationId + " has not been sent; record it as sent first");
        }
        if (notification.confirmed()) {
            throw new CommandRefusedException(Refusal.RECEIPT_ALREADY_CONFIRMED,
                    "Receipt of notification " + notificationId + " was already confirmed");
        }
        requireNotBefore(occurredAt, notification.sentAt(), "it was sent");
        apply(new NotificationReceiptConfirmed(visitId, notificationId, occurredAt));
    }

    private Tracked known(String visitId, String notificationId) {
        Tracked notification = byId.get(notificationId);
        if (notification == null) {
            throw new CommandRefusedException(Refusal.UNKNOWN_NOTIFICATION,
                    "Visit " + visitId + " requires no notification " + notificationId);
        }
        return notification;
    }

    private static void requireNotBefore(Instant occurredAt, Instant earliest, String what) {
        if (occurredAt.isBefore(earliest)) {
            throw new InvalidCommandException("occurredAt",
                    "occurredAt " + occurredAt + " is before " + what + " (" + earliest + ")");
        }
    }

    @EventSourcingHandler
    void on(NotificationRequired event) {
        byId.put(event.notificationId(), new Tracked(event.channel(), event.purpose(), event.occurredAt(), null,
                false));
    }

    @EventSourcingHandler
    void on(NotificationSent event) {
        byId.computeIfPresent(event.notificationId(),
                (id, n) -> new Tracked(n.channel(), n.purpose(), n.requiredAt(), event.occurredAt(), false));
    }

    @EventSourcingHandler
    void on(NotificationReceiptConfirmed event) {
        byId.computeIfPresent(event.notificationId(),
                (id, n) -> new Tracked(n.channel(), n.purpose(), n.requiredAt(), n.sentAt(), true));
    }
}
