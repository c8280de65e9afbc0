package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.ConcernCategory;
import org.visitledger.events.NotificationChannel;
import org.visitledger.events.NotificationReceiptConfirmed;
import org.visitledger.events.NotificationRequired;
import org.visitledger.events.NotificationSent;

import java.time.Instant;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;
import static org.hamcrest.Matchers.allOf;
import static org.visitledger.events.DeadlineCode.LA_NOTIFICATION;

/**
 * LA_NOTIFICATION (rule LA-NOTIFICATION-DUE: the lead inspector tells the local authorities of serious concerns
 * by the end of the next working day). SCH test vector: the visit ended Wednesday 2024-12-18 (GMT), so the deadline
 * is the end of Thursday 19 December. The home is in Kent; Kent and Medway have placed children there.
 * <p>
 * Under SCH rulebook version 2 it is met when the last of the local-authority emails is sent: every placing
 * authority and the director of children's services of the home's own. N-1 is the announcement letter; the
 * escalation required N-2 Kent, N-3 Medway, N-4 the DCS of Kent, N-5 the provider's forward and N-6 the DfE.
 * <p>
 * From version 3 (rule NOTIFY-SCH-CONCERNS, seed 001) the director of children's services of every placing authority
 * and of the home's own is emailed and phoned, each authority once: N-2 the DCS of Kent, N-3 the DCS of Medway, N-4
 * the provider's forward, N-5 the DfE; it is met when the last of those calls has confirmed receipt.
 * The provider's forward and the DfE email are other duties.
 */
class LocalAuthorityNotificationRulesTest {

    private static final Instant DUE = Instant.parse("2024-12-19T23:59:59Z");
    private static final String KENT_DCS = "Director of children's services, Kent";
    private static final String MEDWAY_DCS = "Director of children's services, Medway";

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void the_last_local_authority_email_sent_meets_la_notification_on_time() {
        Instant at = Instant.parse("2024-12-19T10:00:00Z");
        fixture.given(endedWithSeriousConcernsUnder("2", SCH_DECEMBER_2024)
                        .notificationSent("N-2", Instant.parse("2024-12-19T09:00:00Z"))
                        .notificationSent("N-4", Instant.parse("2024-12-19T09:10:00Z")).events())
                .andGivenCurrentTime(at)
                .when(notificationSent("N-3", null))
                .expectEvents(new NotificationSent(VISIT, "N-3", at), met(LA_NOTIFICATION, DUE, false, at));
    }

    @Test
    void la_notification_stays_open_while_a_placing_authority_has_not_been_told() {
        Instant at = Instant.parse("2024-12-19T10:00:00Z");
        fixture.given(endedWithSeriousConcernsUnder("2", SCH_DECEMBER_2024)
                        .notificationSent("N-2", Instant.parse("2024-12-19T09:00:00Z")).events())
                .andGivenCurrentTime(at)
                .when(notificationSent("N-4", null))
                .expectEvents(new NotificationSent(VISIT, "N-4", at));
    }

    @Test
    void the_dfe_email_and_the_providers_forward_do_not_meet_la_notification() {
        Instant at = Instant.parse("2024-12-19T10:00:00Z");
        fixture.given(endedWithSeriousConcernsUnder("2", SCH_DECEMBER_2024)
                        .notificationSent("N-5", Instant.parse("2024-12-19T09:00:00Z")).events())
                .andGivenCurrentTime(at)
                .when(notificationSent("N-6", null))
                .expectEvents(new NotificationSent(VISIT, "N-6", at));
    }

    @Test
    void local_authorities_told_after_the_next_working_day_meet_la_notification_late() {
        Instant at = Instant.parse("2024-12-20T09:30:00Z");
        fixture.given(endedWithSeriousConcernsUnder("2", SCH_DECEMBER_2024)
                        .notificationSent("N-2", Instant.parse("2024-12-20T09:00:00Z"))
                        .notificationSent("N-3", Instant.parse("2024-12-20T09:10:00Z")).events())
                .andGivenCurrentTime(at)
                .when(notificationSent("N-4", null))
                .expectEvents(new NotificationSent(VISIT, "N-4", at), met(LA_NOTIFICATION, DUE, true, at));
    }

    // ---------------------------------------------------------------- SCH rulebook version 3

    @Test
    void every_local_authoritys_director_of_childrens_services_is_emailed_and_phoned_each_authority_once() {
        VisitHistory onSite = visitAt(SCH_DECEMBER_2024, VisitStatus.ON_SITE)
                .concernRaised(ConcernCategory.SERIOUS, SCH_DECEMBER_2024.arrived().plusSeconds(2 * 3600));
        fixture.given(onSite.events())
                .andGivenCurrentTime(SCH_DECEMBER_2024.feedback())
                .when(feedbackWithSeriousConcerns(null))
                .expectEventsMatching(allOf(
                        anEvent(NotificationRequired.class, "N-2 to the DCS of Kent by email then phone",
                                e -> e.notificationId().equals("N-2") && e.recipient().equals(KENT_DCS)
                                        && e.channel() == NotificationChannel.EMAIL_THEN_PHONE
                                        && e.dueAt().equals(DUE)),
                        anEvent(NotificationRequired.class, "N-3 to the DCS of Medway by email then phone",
                                e -> e.notificationId().equals("N-3") && e.recipient().equals(MEDWAY_DCS)
                                        && e.channel() == NotificationChannel.EMAIL_THEN_PHONE
                                        && e.dueAt().equals(DUE))));
    }

    @Test
    void the_emails_alone_do_not_meet_la_notification_from_version_3() {
        Instant at = Instant.parse("2024-12-19T10:00:00Z");
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024)
                        .notificationSent("N-2", Instant.parse("2024-12-19T09:00:00Z")).events())
                .andGivenCurrentTime(at)
                .when(notificationSent("N-3", null))
                .expectEvents(new NotificationSent(VISIT, "N-3", at));
    }

    @Test
    void the_last_phone_call_confirming_receipt_meets_la_notification_from_version_3() {
        Instant at = Instant.parse("2024-12-19T11:00:00Z");
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024)
                        .notificationSent("N-2", Instant.parse("2024-12-19T09:00:00Z"))
                        .notificationSent("N-3", Instant.parse("2024-12-19T09:05:00Z"))
                        .receiptConfirmed("N-2", Instant.parse("2024-12-19T10:00:00Z")).events())
                .andGivenCurrentTime(at)
                .when(receiptConfirmed("N-3", null))
                .expectEvents(new NotificationReceiptConfirmed(VISIT, "N-3", at), met(LA_NOTIFICATION, DUE, false, at));
    }

    @Test
    void a_call_after_the_next_working_day_meets_la_notification_late_from_version_3() {
        Instant at = Instant.parse("2024-12-20T09:30:00Z");
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024)
                        .notificationSent("N-2", Instant.parse("2024-12-19T09:00:00Z"))
                        .notificationSent("N-3", Instant.parse("2024-12-19T09:05:00Z"))
                        .receiptConfirmed("N-3", Instant.parse("2024-12-19T10:00:00Z")).events())
                .andGivenCurrentTime(at)
                .when(receiptConfirmed("N-2", null))
                .expectEvents(new NotificationReceiptConfirmed(VISIT, "N-2", at), met(LA_NOTIFICATION, DUE, true, at));
    }
}
