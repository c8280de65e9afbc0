package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.NotificationSent;

import java.time.Instant;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;
import static org.visitledger.events.DeadlineCode.LA_NOTIFICATION;

/**
 * LA_NOTIFICATION (rule LA-NOTIFICATION-DUE: the lead inspector tells the local authorities of serious concerns
 * by the end of the next working day) is met when the last of the local-authority emails is sent: every placing
 * authority and the director of children's services. The provider's forward and the DfE email are other duties.
 * SCH test vector: the visit ended Wednesday 2024-12-18 (GMT), so the deadline is the end of Thursday 19 December.
 * Notification N-1 is the announcement letter; the escalation required N-2 Kent, N-3 Medway, N-4 the DCS of Kent,
 * N-5 the provider's forward and N-6 the DfE.
 */
class LocalAuthorityNotificationRulesTest {

    private static final Instant DUE = Instant.parse("2024-12-19T23:59:59Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void the_last_local_authority_email_sent_meets_la_notification_on_time() {
        Instant at = Instant.parse("2024-12-19T10:00:00Z");
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024)
                        .notificationSent("N-2", Instant.parse("2024-12-19T09:00:00Z"))
                        .notificationSent("N-4", Instant.parse("2024-12-19T09:10:00Z")).events())
                .andGivenCurrentTime(at)
                .when(notificationSent("N-3", null))
                .expectEvents(new NotificationSent(VISIT, "N-3", at), met(LA_NOTIFICATION, DUE, false, at));
    }

    @Test
    void la_notification_stays_open_while_a_placing_authority_has_not_been_told() {
        Instant at = Instant.parse("2024-12-19T10:00:00Z");
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024)
                        .notificationSent("N-2", Instant.parse("2024-12-19T09:00:00Z")).events())
                .andGivenCurrentTime(at)
                .when(notificationSent("N-4", null))
                .expectEvents(new NotificationSent(VISIT, "N-4", at));
    }

    @Test
    void the_dfe_email_and_the_providers_forward_do_not_meet_la_notification() {
        Instant at = Instant.parse("2024-12-19T10:00:00Z");
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024)
                        .notificationSent("N-5", Instant.parse("2024-12-19T09:00:00Z")).events())
                .andGivenCurrentTime(at)
                .when(notificationSent("N-6", null))
                .expectEvents(new NotificationSent(VISIT, "N-6", at));
    }

    @Test
    void local_authorities_told_after_the_next_working_day_meet_la_notification_late() {
        Instant at = Instant.parse("2024-12-20T09:30:00Z");
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024)
                        .notificationSent("N-2", Instant.parse("2024-12-20T09:00:00Z"))
                        .notificationSent("N-3", Instant.parse("2024-12-20T09:10:00Z")).events())
                .andGivenCurrentTime(at)
                .when(notificationSent("N-4", null))
                .expectEvents(new NotificationSent(VISIT, "N-4", at), met(LA_NOTIFICATION, DUE, true, at));
    }
}
