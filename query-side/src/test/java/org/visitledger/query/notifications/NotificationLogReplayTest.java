package org.visitledger.query.notifications;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.events.stream.RecordedStream;
import org.visitledger.query.paging.PageRequest;
import org.visitledger.query.replay.ReadSide;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.visitledger.events.stream.RecordedStory.*;

/**
 * The notification log after replaying the recorded stories (docs/rules.md, "Notifications"): each notification
 * the guidance requires, due by the end of the (London) day it became required, and a status computed when read:
 * REQUIRED, OVERDUE once its due time has passed unsent, SENT. The serious-concern escalation's notifications,
 * with CONFIRMED, are in EscalationNotificationLogReplayTest.
 */
class NotificationLogReplayTest {

    private static final Instant JUNE_2025 = Instant.parse("2025-06-20T09:00:00Z");
    private static final String LETTER =
            "Letter confirming the practical arrangements for the visit and the information requirements";
    private static final String PARENTS_EMAIL =
            "Email for the school to circulate to parents: the visit is under way and how to give views to the inspector";
    private static final String SURVEY = "Post-visit survey, sent with the final report";

    private final ReadSide readSide = ReadSide.fresh();
    private final RecordedStream rss = RSS_EASTER_2025.read();
    private final RecordedStream sch = SCH_DECEMBER_2024.read();
    private final RecordedStream withdrawn = SCH_WITHDRAWN_MARCH_2025.read();

    @AfterEach
    void closeDatabase() {
        readSide.close();
    }

    @Test
    void the_rss_school_was_sent_the_arrangements_letter_the_parents_email_and_the_post_visit_survey() {
        readSide.deliver(rss);

        String school = "provider SC000002 (Hill View School)";
        assertThat(readSide.notifications(rss.visitId(), JUNE_2025))
                .extracting(NotificationView::notificationId, NotificationView::recipient, NotificationView::channel,
                        NotificationView::purpose, NotificationView::dueAt, NotificationView::status,
                        NotificationView::sentAt, NotificationView::confirmedAt)
                .containsExactly(
                        // Announced on 16 April (BST): due by the end of that day in London.
                        tuple("N-1", school, "EMAIL", LETTER, at("2025-04-16T22:59:59Z"), "SENT",
                                at("2025-04-16T09:00:00Z"), null),
                        tuple("N-2", school, "EMAIL", PARENTS_EMAIL, at("2025-04-16T22:59:59Z"), "SENT",
                                at("2025-04-16T09:05:00Z"), null),
                        tuple("N-3", school, "EMAIL", SURVEY, at("2025-05-22T22:59:59Z"), "SENT",
                                at("2025-05-22T10:05:00Z"), null));
    }

    @Test
    void the_announcement_emails_are_required_until_sent_and_overdue_once_the_announcement_day_is_over() {
        // Only the announcement has been recorded; nobody has recorded sending anything.
        readSide.deliver(rss.recordedUntil(Instant.parse("2025-04-16T08:45:00Z")));

        assertThat(readSide.notifications(rss.visitId(), Instant.parse("2025-04-16T08:45:00Z")))
                .extracting(NotificationView::notificationId, NotificationView::status)
                .containsExactly(tuple("N-1", "REQUIRED"), tuple("N-2", "REQUIRED"));
        // 23:30Z is half past midnight on 17 April in London: the day is over, with no new event needed.
        assertThat(readSide.notificationLog(Instant.parse("2025-04-16T23:30:00Z"))
                .find(rss.visitId(), NotificationStatus.OVERDUE, null, PageRequest.of(0, 50)).items())
                .extracting(NotificationView::notificationId)
                .containsExactly("N-1", "N-2");
    }

    @Test
    void the_sch_post_visit_survey_never_sent_is_overdue_from_the_end_of_the_final_report_day() {
        readSide.deliver(sch);

        String home = "provider SC000001 (Oakfield Secure Home)";
        assertThat(readSide.notifications(sch.visitId(), JUNE_2025))
                .extracting(NotificationView::notificationId, NotificationView::recipient, NotificationView::purpose,
                        NotificationView::dueAt, NotificationView::status, NotificationView::sentAt)
                .containsExactly(
                        // Announced on 16 December (GMT).
                        tuple("N-1", home, LETTER, at("2024-12-16T23:59:59Z"), "SENT", at("2024-12-16T09:40:00Z")),
                        tuple("N-2", home, SURVEY, at("2025-01-29T23:59:59Z"), "OVERDUE", null));
    }

    @Test
    void the_overdue_filter_finds_only_the_unsent_survey_and_the_unsent_escalation_email_among_every_story_s_and_a_cancelled_one_is_not_overdue() {
        for (RecordedStory story : RecordedStory.values()) {
            readSide.deliver(story.read());
        }

        assertThat(readSide.notificationLog(JUNE_2025)
                .find(null, NotificationStatus.OVERDUE, null, PageRequest.of(0, 50)).items())
                .extracting(NotificationView::visitId, NotificationView::notificationId)
                .containsExactly(tuple(sch.visitId(), "N-2"), tuple(SCH_SERIOUS_CONCERN_EASTER_2025.fileName(), "N-3"));
        assertThat(readSide.notifications(withdrawn.visitId(), JUNE_2025))
                .extracting(NotificationView::notificationId, NotificationView::status)
                .containsExactly(tuple("N-1", "SENT"));
        // Sent before the deferral, the letter stays sent; the email for parents, never sent, was cancelled with the
        // visit and so is not overdue (rule NOTIFY-ENDS-WITH-VISIT).
        assertThat(readSide.notifications(RSS_DEFERRED_JUNE_2025.fileName(), JUNE_2025))
                .extracting(NotificationView::notificationId, NotificationView::dueAt, NotificationView::status,
                        NotificationView::cancelledAt)
                .containsExactly(tuple("N-1", at("2025-06-10T22:59:59Z"), "SENT", null),
                        tuple("N-2", at("2025-06-10T22:59:59Z"), "CANCELLED", at("2025-06-11T08:15:00Z")));
        assertThat(readSide.notificationLog(JUNE_2025)
                .find(null, NotificationStatus.CANCELLED, null, PageRequest.of(0, 50)).items())
                .extracting(NotificationView::visitId, NotificationView::notificationId)
                .containsExactlyInAnyOrder(tuple(RSS_DEFERRED_JUNE_2025.fileName(), "N-2"),
                        // The escalation QA revised away (rule CONCERN-FINDING-REVISED).
                        tuple(SCH_FINDING_REVISED_SEPTEMBER_2025.fileName(), "N-4"),
                        tuple(SCH_FINDING_REVISED_SEPTEMBER_2025.fileName(), "N-5"),
                        tuple(SCH_FINDING_REVISED_SEPTEMBER_2025.fileName(), "N-6"));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
