package org.visitledger.query.notifications;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitledger.events.stream.RecordedStream;
import org.visitledger.query.paging.PageRequest;
import org.visitledger.query.replay.ReadSide;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.visitledger.events.stream.RecordedStory.SCH_SERIOUS_CONCERN_EASTER_2025;

/**
 * The notifications of the SCH visit that ended with serious concerns on Maundy Thursday 2025-04-17
 * (docs/rules.md, "Notifications"; rulebook SCH_ASSURANCE-3): the director of children's services of each local
 * authority, the home's own (Leeds, which has placed children there too) and Bradford's (email, then a phone call to
 * confirm receipt), the provider's forward and the DfE, all by the end of the next working day, Tuesday 22 April
 * (BST); the DfE told of the case review's proposed actions by the end of the working day after it, Monday 28 April.
 */
class EscalationNotificationLogReplayTest {

    private static final Instant JUNE_2025 = Instant.parse("2025-06-20T09:00:00Z");
    private static final String HOME = "provider SC000004 (Beacon House Secure Children's Home)";
    private static final String DFE = "Department for Education";
    private static final String DCS = "Serious or widespread concerns identified at the home, which is in this "
            + "authority or where it has placed a child; receipt to be confirmed by phone";
    private static final String FORWARD = "Forward of the email to the local authorities about the serious or "
            + "widespread concerns";
    private static final String APPROVAL = "Serious or widespread concerns identified, for the Secretary of State's "
            + "decision on the home's continued approval";
    private static final Instant ESCALATION_DUE = Instant.parse("2025-04-22T22:59:59Z");

    private final ReadSide readSide = ReadSide.fresh();
    private final RecordedStream story = SCH_SERIOUS_CONCERN_EASTER_2025.read();

    @AfterEach
    void closeDatabase() {
        readSide.close();
    }

    @Test
    void the_leeds_dcs_email_was_confirmed_by_phone_and_the_email_to_bradfords_dcs_is_overdue() {
        readSide.deliver(story);

        assertThat(readSide.notifications(story.visitId(), JUNE_2025))
                .extracting(NotificationView::notificationId, NotificationView::recipient, NotificationView::channel,
                        NotificationView::purpose, NotificationView::dueAt, NotificationView::status,
                        NotificationView::sentAt, NotificationView::confirmedAt)
                .containsExactly(
                        tuple("N-1", HOME, "EMAIL", "Letter confirming the practical arrangements for the visit and "
                                        + "the information requirements", at("2025-04-15T22:59:59Z"), "SENT",
                                at("2025-04-15T08:30:00Z"), null),
                        // Emailed on Thursday; the phone call after the Easter weekend.
                        tuple("N-2", "Director of children's services, Leeds", "EMAIL_THEN_PHONE", DCS,
                                ESCALATION_DUE, "CONFIRMED", at("2025-04-17T16:00:00Z"), at("2025-04-22T08:30:00Z")),
                        tuple("N-3", "Director of children's services, Bradford", "EMAIL_THEN_PHONE", DCS,
                                ESCALATION_DUE, "OVERDUE", null, null),
                        tuple("N-4", HOME, "EMAIL", FORWARD, ESCALATION_DUE, "SENT", at("2025-04-17T16:10:00Z"),
                                null),
                        tuple("N-5", DFE, "EMAIL", APPROVAL, ESCALATION_DUE, "SENT", at("2025-04-22T09:00:00Z"),
                                null),
                        // The case review on Friday 25 April.
                        tuple("N-6", DFE, "EMAIL", "Actions proposed by the case review", at("2025-04-28T22:59:59Z"),
                                "SENT", at("2025-04-28T09:30:00Z"), null),
                        tuple("N-7", HOME, "EMAIL", "Post-visit survey, sent with the final report",
                                at("2025-05-22T22:59:59Z"), "SENT", at("2025-05-22T10:05:00Z"), null));
    }

    @Test
    void on_thursday_evening_the_dcs_email_is_sent_and_the_rest_still_required_over_the_easter_weekend() {
        Instant thursdayEvening = Instant.parse("2025-04-17T16:00:00Z");
        readSide.deliver(story.recordedUntil(thursdayEvening));

        assertThat(readSide.notifications(story.visitId(), thursdayEvening))
                .extracting(NotificationView::notificationId, NotificationView::status)
                .containsExactly(tuple("N-1", "SENT"), tuple("N-2", "SENT"), tuple("N-3", "REQUIRED"),
                        tuple("N-4", "REQUIRED"), tuple("N-5", "REQUIRED"));
    }

    @Test
    void the_unsent_email_is_required_until_the_end_of_tuesday_in_london_and_overdue_from_midnight() {
        readSide.deliver(story.recordedUntil(Instant.parse("2025-04-22T16:00:00Z")));

        // 22:59:59Z is 23:59:59 in London: the day is not over yet.
        assertThat(readSide.notificationLog(Instant.parse("2025-04-22T22:59:59Z"))
                .find(story.visitId(), NotificationStatus.REQUIRED, null, PageRequest.of(0, 50)).items())
                .extracting(NotificationView::notificationId)
                .containsExactly("N-3");
        assertThat(readSide.notificationLog(Instant.parse("2025-04-22T23:00:00Z"))
                .find(story.visitId(), NotificationStatus.OVERDUE, null, PageRequest.of(0, 50)).items())
                .extracting(NotificationView::notificationId)
                .containsExactly("N-3");
    }

    @Test
    void the_confirmed_filter_finds_the_leeds_dcs_email_and_the_sent_filter_leaves_it_out() {
        readSide.deliver(story);

        assertThat(readSide.notificationLog(JUNE_2025)
                .find(story.visitId(), NotificationStatus.CONFIRMED, null, PageRequest.of(0, 50)).items())
                .extracting(NotificationView::notificationId, NotificationView::channel)
                .containsExactly(tuple("N-2", "EMAIL_THEN_PHONE"));
        assertThat(readSide.notificationLog(JUNE_2025)
                .find(story.visitId(), NotificationStatus.SENT, null, PageRequest.of(0, 50)).items())
                .extracting(NotificationView::notificationId)
                .containsExactly("N-1", "N-4", "N-5", "N-6", "N-7");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
