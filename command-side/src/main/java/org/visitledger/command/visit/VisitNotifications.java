package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.events.DeadlineCode;
import org.visitledger.events.NotificationCancelled;
import org.visitledger.events.NotificationChannel;
import org.visitledger.events.NotificationReceiptConfirmed;
import org.visitledger.events.NotificationRequired;
import org.visitledger.events.NotificationSent;
import org.visitledger.events.Provider;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The notifications a visit requires and how far each has got (rules NOTIFY-REQUIRED, NOTIFY-SENT,
 * NOTIFY-RECEIPT-CONFIRMED).
 */
final class VisitNotifications extends VisitArea {

    private static final String PLACING_AUTHORITY = "Placing authority ";
    private static final String DCS = "Director of children's services, ";

    private record Tracked(String recipient, NotificationChannel channel, String purpose, Instant requiredAt,
                           Instant sentAt, boolean confirmed, boolean cancelled) {

        Tracked sentAt(Instant at) {
            return new Tracked(recipient, channel, purpose, requiredAt, at, false, false);
        }

        Tracked receiptConfirmed() {
            return new Tracked(recipient, channel, purpose, requiredAt, sentAt, true, false);
        }

        Tracked withdrawn() {
            return new Tracked(recipient, channel, purpose, requiredAt, sentAt, confirmed, true);
        }
    }

    private final Map<String, Tracked> byId = new LinkedHashMap<>();

    VisitNotifications(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(RecordNotificationSent command, VisitRules rules) {
        Instant at = visit.occurredAt(command.occurredAt(), null);
        Tracked notification = known(command.notificationId());
        requireNotCancelled(command.notificationId(), notification);
        if (notification.sentAt() != null) {
            throw new CommandRefusedException(Refusal.NOTIFICATION_ALREADY_SENT, "Notification "
                    + command.notificationId() + " was already recorded as sent at " + notification.sentAt());
        }
        requireNotBefore(at, notification.requiredAt(), "it was required");
        apply(new NotificationSent(visit.id(), command.notificationId(), at));
        meetLocalAuthorityDutyIfDone(rules, at);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(ConfirmNotificationReceipt command, VisitRules rules) {
        Instant at = visit.occurredAt(command.occurredAt(), null);
        String notificationId = command.notificationId();
        Tracked notification = known(notificationId);
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
        requireNotBefore(at, notification.sentAt(), "it was sent");
        apply(new NotificationReceiptConfirmed(visit.id(), notificationId, at));
        meetLocalAuthorityDutyIfDone(rules, at);
        return CommandOutcome.of(null);
    }

    /**
     * Rule LA-NOTIFICATION-DUE: the lead inspector's duty to tell the local authorities is met by the act that
     * completes it: the last of their emails, or where the rulebook asks for the phone call as well (SCH from
     * version 3), the last confirmation of receipt. The act's own event has already been applied to this state.
     */
    private void meetLocalAuthorityDutyIfDone(VisitRules rules, Instant at) {
        VisitDeadlines deadlines = visit.deadlines();
        if (deadlines.unmet(DeadlineCode.LA_NOTIFICATION).isEmpty()) {
            return;
        }
        boolean phoneCallToo = visit.rulebook(rules).localAuthorityDutyNeedsPhoneCall();
        List<Tracked> toAuthorities = byId.values().stream().filter(n -> toLocalAuthority(n.recipient())).toList();
        boolean done = !toAuthorities.isEmpty() && toAuthorities.stream().allMatch(n -> n.sentAt() != null
                && (!phoneCallToo || n.confirmed() || n.channel() != NotificationChannel.EMAIL_THEN_PHONE));
        if (done) {
            deadlines.meet(visit.id(), DeadlineCode.LA_NOTIFICATION, at);
        }
    }

    /** How the rulebook's recipient kinds are named on the notification (see NotificationRule). */
    static String recipient(String kind, Provider provider) {
        return switch (kind) {
            case "PROVIDER" -> "provider " + provider.urn() + " (" + provider.name() + ")";
            case "DCS" -> DCS + provider.localAuthority();
            case "LEAD_MEMBER" -> "Lead Member for Children's Services, " + provider.localAuthority();
            case "LSCB_CHAIR" -> "Chair of the Local Safeguarding Children Board, " + provider.localAuthority();
            case "CHIEF_EXECUTIVE" -> "Chief Executive, " + provider.localAuthority();
            default -> kind;
        };
    }

    /**
     * The rulebook's recipient kinds that stand for several notifications: EACH_PLACING_AUTHORITY, one per placing
     * authority; EACH_LOCAL_AUTHORITY_DCS, one to the director of children's services of the home's own authority
     * and of each placing authority, each authority once.
     */
    static List<String> recipients(String kind, Provider provider, List<String> placingAuthorities) {
        return switch (kind) {
            case "EACH_PLACING_AUTHORITY" ->
                    placingAuthorities.stream().map(authority -> PLACING_AUTHORITY + authority).toList();
            case "EACH_LOCAL_AUTHORITY_DCS" -> Stream.concat(Stream.of(provider.localAuthority()),
                    placingAuthorities.stream()).distinct().map(authority -> DCS + authority).toList();
            default -> List.of(recipient(kind, provider));
        };
    }

    /** The local authorities told of serious concerns: each placing authority and the DCS (see recipient()). */
    static boolean toLocalAuthority(String recipient) {
        return recipient.startsWith(PLACING_AUTHORITY) || recipient.startsWith(DCS);
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

    private Tracked known(String notificationId) {
        Tracked notification = byId.get(notificationId);
        if (notification == null) {
            throw new CommandRefusedException(Refusal.UNKNOWN_NOTIFICATION,
                    "Visit " + visit.id() + " requires no notification " + notificationId);
        }
        return notification;
    }

    /**
     * Rule NOTIFY-ENDS-WITH-VISIT: when a visit ends by a side exit (deferral, withdrawal, ending incomplete) under a
     * rulebook with notificationsEndWithVisit, the notifications not yet sent are cancelled by an event rather than
     * left overdue for ever. Sent ones stay as they are.
     */
    void cancelOutstanding(String reason, Instant at) {
        cancelUnsent(purpose -> true, reason, at);
    }

    /** Rule CONCERN-FINDING-REVISED: cancels the notifications not yet sent whose purpose is one of these. */
    void cancelUnsentFor(Set<String> purposes, String reason, Instant at) {
        cancelUnsent(purposes::contains, reason, at);
    }

    private void cancelUnsent(Predicate<String> purpose, String reason, Instant at) {
        // The ids first: each event applied updates this map through its event-sourcing handler.
        List<String> outstanding = byId.entrySet().stream()
                .filter(entry -> entry.getValue().sentAt() == null && !entry.getValue().cancelled()
                        && purpose.test(entry.getValue().purpose()))
                .map(Map.Entry::getKey).toList();
        outstanding.forEach(id -> apply(new NotificationCancelled(visit.id(), id, reason, at)));
    }

    private static void requireNotCancelled(String notificationId, Tracked notification) {
        if (notification.cancelled()) {
            throw new CommandRefusedException(Refusal.NOTIFICATION_CANCELLED, "Notification " + notificationId
                    + " was cancelled when the visit ended; it is no longer required");
        }
    }

    private static void requireNotBefore(Instant occurredAt, Instant earliest, String what) {
        if (occurredAt.isBefore(earliest)) {
            throw new InvalidCommandException("occurredAt",
                    "occurredAt " + occurredAt + " is before " + what + " (" + earliest + ")");
        }
    }

    @EventSourcingHandler
    void on(NotificationRequired event) {
        byId.put(event.notificationId(), new Tracked(event.recipient(), event.channel(), event.purpose(),
                event.occurredAt(), null, false, false));
    }

    @EventSourcingHandler
    void on(NotificationSent event) {
        byId.computeIfPresent(event.notificationId(), (id, n) -> n.sentAt(event.occurredAt()));
    }

    @EventSourcingHandler
    void on(NotificationReceiptConfirmed event) {
        byId.computeIfPresent(event.notificationId(), (id, n) -> n.receiptConfirmed());
    }

    @EventSourcingHandler
    void on(NotificationCancelled event) {
        byId.computeIfPresent(event.notificationId(), (id, n) -> n.withdrawn());
    }
}
