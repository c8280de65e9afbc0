package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;

import static org.hamcrest.Matchers.allOf;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * Required notifications are recorded when they become required, then sent, and for phone follow-ups
 * (EMAIL_THEN_PHONE) their receipt is confirmed (rules NOTIFY-REQUIRED, NOTIFY-SENT, NOTIFY-RECEIPT-CONFIRMED).
 */
class NotificationRulesTest {

    private static final Timeline SCH = SCH_DECEMBER_2024;
    private static final String DCS = "Director of children's services, Kent";
    private static final String CONCERNS = "Serious or widespread concerns identified at the visit";
    private static final Instant NEXT_WORKING_DAY_END = Instant.parse("2024-12-19T23:59:59Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    /** An SCH visit that ended with a phone-confirmed notification N-2 to the DCS required. */
    private static VisitHistory withPhoneFollowUp() {
        return schVisitAt(VisitStatus.VISIT_ENDED)
                .notificationRequired(DCS, NotificationChannel.EMAIL_THEN_PHONE, CONCERNS, NEXT_WORKING_DAY_END,
                        SCH.feedback());
    }

    @Test
    void recording_the_announcement_letter_as_sent() {
        Instant sent = Instant.parse("2024-12-16T10:00:00Z");
        VisitHistory announced = schVisitAt(VisitStatus.ANNOUNCED);
        fixture.given(announced.events())
                .andGivenCurrentTime(sent)
                .when(notificationSent("N-1", null))
                .expectEvents(new NotificationSent(VISIT, "N-1", sent))
                .expectResultMessagePayload(new CommandOutcome(announced.version() + 1, null));
    }

    @Test
    void the_rss_parents_email_may_be_recorded_as_sent_earlier_than_it_is_recorded() {
        Instant sent = Instant.parse("2025-04-16T09:00:00Z");
        fixture.given(rssVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(Instant.parse("2025-04-16T11:00:00Z"))
                .when(notificationSent("N-2", sent))
                .expectEvents(new NotificationSent(VISIT, "N-2", sent));
    }

    @Test
    void the_post_visit_survey_is_sent_with_the_final_report() {
        Instant sent = SCH.finalSent();
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).events())
                .andGivenCurrentTime(sent.plusSeconds(60))
                .when(notificationSent("N-2", sent))
                .expectEvents(new NotificationSent(VISIT, "N-2", sent));
    }

    @Test
    void recording_an_unknown_notification_as_sent_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(Instant.parse("2024-12-16T10:00:00Z"))
                .when(notificationSent("N-2", null))
                .expectException(refusedBecause(Refusal.UNKNOWN_NOTIFICATION))
                .expectNoEvents();
    }

    @Test
    void recording_a_notification_as_sent_twice_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).notificationSent("N-1", Instant.parse("2024-12-16T09:30:00Z"))
                        .events())
                .andGivenCurrentTime(Instant.parse("2024-12-16T10:00:00Z"))
                .when(notificationSent("N-1", null))
                .expectException(refusedBecause(Refusal.NOTIFICATION_ALREADY_SENT))
                .expectNoEvents();
    }

    @Test
    void a_notification_cannot_have_been_sent_before_it_was_required() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(Instant.parse("2024-12-16T10:00:00Z"))
                .when(notificationSent("N-1", SCH.announced().minusSeconds(60)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void a_notification_sent_more_than_5_minutes_from_now_is_refused() {
        Instant now = Instant.parse("2024-12-16T10:00:00Z");
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(now)
                .when(notificationSent("N-1", now.plusSeconds(301)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void confirming_receipt_of_an_email_notification_is_refused_as_not_needed() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).notificationSent("N-1", Instant.parse("2024-12-16T09:30:00Z"))
                        .events())
                .andGivenCurrentTime(Instant.parse("2024-12-16T10:00:00Z"))
                .when(receiptConfirmed("N-1", null))
                .expectException(refusedBecause(Refusal.NO_RECEIPT_CONFIRMATION_NEEDED))
                .expectNoEvents();
    }

    @Test
    void confirming_receipt_of_an_unknown_notification_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(Instant.parse("2024-12-16T10:00:00Z"))
                .when(receiptConfirmed("N-7", null))
                .expectException(refusedBecause(Refusal.UNKNOWN_NOTIFICATION))
                .expectNoEvents();
    }

    @Test
    void confirming_receipt_of_a_phone_follow_up_before_the_email_was_sent_is_refused() {
        fixture.given(withPhoneFollowUp().events())
                .andGivenCurrentTime(Instant.parse("2024-12-19T09:00:00Z"))
                .when(receiptConfirmed("N-2", null))
                .expectException(refusedBecause(Refusal.NOTIFICATION_NOT_SENT))
                .expectNoEvents();
    }

    @Test
    void confirming_receipt_of_a_sent_phone_follow_up_records_the_confirmation() {
        Instant confirmed = Instant.parse("2024-12-19T10:00:00Z");
        fixture.given(withPhoneFollowUp().notificationSent("N-2", Instant.parse("2024-12-19T09:00:00Z")).events())
                .andGivenCurrentTime(confirmed)
                .when(receiptConfirmed("N-2", null))
                .expectEvents(new NotificationReceiptConfirmed(VISIT, "N-2", confirmed));
    }

    @Test
    void confirming_receipt_twice_is_refused() {
        fixture.given(withPhoneFollowUp().notificationSent("N-2", Instant.parse("2024-12-19T09:00:00Z"))
                        .receiptConfirmed("N-2", Instant.parse("2024-12-19T10:00:00Z")).events())
                .andGivenCurrentTime(Instant.parse("2024-12-19T11:00:00Z"))
                .when(receiptConfirmed("N-2", null))
                .expectException(refusedBecause(Refusal.RECEIPT_ALREADY_CONFIRMED))
                .expectNoEvents();
    }

    @Test
    void receipt_cannot_have_been_confirmed_before_the_email_was_sent() {
        fixture.given(withPhoneFollowUp().notificationSent("N-2", Instant.parse("2024-12-19T09:00:00Z")).events())
                .andGivenCurrentTime(Instant.parse("2024-12-19T11:00:00Z"))
                .when(receiptConfirmed("N-2", Instant.parse("2024-12-19T08:59:00Z")))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }
}
