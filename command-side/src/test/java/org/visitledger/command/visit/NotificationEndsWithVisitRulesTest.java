package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;

import static org.hamcrest.Matchers.allOf;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * Rule NOTIFY-ENDS-WITH-VISIT (RSS and SCH rulebook version 3): a visit that ends by a side exit cancels, by an
 * event, every notification it still required and had not sent, instead of leaving it overdue for ever; sent ones
 * stay. The SCH visit of December 2024 required N-1, the arrangements letter, at its announcement; the RSS visit of
 * Easter 2025 N-1, the letter, and N-2, the email for parents.
 */
class NotificationEndsWithVisitRulesTest {

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void granting_a_deferral_cancels_the_notifications_not_yet_sent() {
        Instant requested = Instant.parse("2024-12-16T10:00:00Z");
        Instant granted = Instant.parse("2024-12-16T11:00:00Z");
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).deferralRequested(false, requested).events())
                .andGivenCurrentTime(granted)
                .when(deferralDecision(true, null))
                .expectEvents(new DeferralGranted(VISIT, DEFERRAL_DECISION, granted),
                        new DeadlineCancelled(VISIT, "ANNEX_A_RETURN", DeadlineCode.ANNEX_A_RETURN,
                                Instant.parse("2024-12-16T13:00:00Z"), "visit deferred", granted),
                        new NotificationCancelled(VISIT, "N-1", "visit deferred", granted));
    }

    @Test
    void withdrawing_cancels_the_notifications_not_yet_sent_and_leaves_the_sent_ones() {
        Instant withdrawn = Instant.parse("2025-04-16T15:00:00Z");
        VisitHistory onSite = rssVisitAt(VisitStatus.ON_SITE).notificationSent("N-1", Instant.parse("2025-04-16T09:00:00Z"));
        fixture.given(onSite.events())
                .andGivenCurrentTime(withdrawn)
                .when(withdrawal(null))
                .expectEvents(new VisitWithdrawn(VISIT, WITHDRAWAL_REASON, withdrawn),
                        new NotificationCancelled(VISIT, "N-2", "visit withdrawn", withdrawn));
    }

    @Test
    void withdrawing_an_announced_visit_cancels_every_notification_it_required() {
        Instant withdrawn = Instant.parse("2025-04-16T10:00:00Z");
        fixture.given(rssVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(withdrawn)
                .when(withdrawal(null))
                .expectEventsMatching(allOf(eventTypes(VisitWithdrawn.class, DeadlineCancelled.class,
                                NotificationCancelled.class, NotificationCancelled.class),
                        anEvent(NotificationCancelled.class, "N-1",
                                e -> e.equals(new NotificationCancelled(VISIT, "N-1", "visit withdrawn", withdrawn))),
                        anEvent(NotificationCancelled.class, "N-2",
                                e -> e.equals(new NotificationCancelled(VISIT, "N-2", "visit withdrawn", withdrawn)))));
    }

    @Test
    void ending_a_paused_visit_incomplete_cancels_the_notifications_not_yet_sent() {
        Instant paused = Instant.parse("2024-12-16T10:00:00Z");
        Instant ended = Instant.parse("2024-12-16T12:00:00Z");
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).paused(paused).pauseAdvised(paused.plusSeconds(600)).events())
                .andGivenCurrentTime(ended)
                .when(incomplete(null))
                .expectEvents(new VisitEndedIncomplete(VISIT, INCOMPLETE_REASON, ended),
                        new DeadlineCancelled(VISIT, "ANNEX_A_RETURN", DeadlineCode.ANNEX_A_RETURN,
                                Instant.parse("2024-12-16T13:00:00Z"), "visit ended incomplete", ended),
                        new NotificationCancelled(VISIT, "N-1", "visit ended incomplete", ended));
    }

    @Test
    void a_notification_cancelled_with_its_visit_cannot_be_recorded_as_sent() {
        Instant withdrawn = Instant.parse("2025-04-16T15:00:00Z");
        fixture.given(rssVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(withdrawn)
                .andGivenCommands(withdrawal(null))
                .when(notificationSent("N-2", null))
                .expectException(refusedBecause(Refusal.NOTIFICATION_CANCELLED))
                .expectNoEvents();
    }

    /** A visit keeps the rulebook it was announced under: version 2 left the notifications as they were. */
    @Test
    void under_rulebook_version_2_withdrawing_leaves_the_notifications_as_they_are() {
        Instant withdrawn = Instant.parse("2025-04-16T15:00:00Z");
        fixture.given(visitUnder("2", RSS_EASTER_2025, VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(withdrawn)
                .when(withdrawal(null))
                .expectEvents(new VisitWithdrawn(VISIT, WITHDRAWAL_REASON, withdrawn));
    }
}
