package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitledger.events.*;

import java.time.Instant;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;
import static org.visitledger.events.DeadlineCode.*;

/**
 * Rules REPORT-REVISED-JUDGEMENT, NOTIFY-REVISED-JUDGEMENT (seed 004): a proposed change of judgement from the
 * provisional one must be communicated to the provider, with reasons, before the draft report is sent. A revision is
 * made between the end of the visit and the draft; it requires the provider notification, due when the draft is due,
 * and the draft waits until it is recorded as sent.
 */
class RevisedJudgementRulesTest {

    private static final Timeline SCH = SCH_DECEMBER_2024;
    private static final Instant SCH_DRAFT_DUE = Instant.parse("2025-01-16T23:59:59Z");
    private static final Instant REVISED = Instant.parse("2024-12-20T10:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @ParameterizedTest(name = "revising on a visit {0} is refused")
    @EnumSource(value = VisitStatus.class, names = {"ANNOUNCED", "ON_SITE"})
    void a_provisional_judgement_is_revised_only_after_the_visit_ended(VisitStatus stage) {
        VisitHistory history = schVisitAt(stage);
        fixture.given(history.events())
                .andGivenCurrentTime(history.lastAt().plusSeconds(3600))
                .when(revision(null))
                .expectException(refusedBecause(Refusal.VISIT_NOT_ENDED))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "revising on a visit at {0} is refused")
    @EnumSource(value = VisitStatus.class, names = {"DRAFT_SENT", "COMMENTS_RECEIVED", "FINAL_SENT", "PUBLISHED"})
    void a_provisional_judgement_is_revised_only_before_the_draft_is_sent(VisitStatus stage) {
        VisitHistory history = schVisitAt(stage);
        fixture.given(history.events())
                .andGivenCurrentTime(history.lastAt().plusSeconds(3600))
                .when(revision(null))
                .expectException(refusedBecause(Refusal.DRAFT_ALREADY_SENT))
                .expectNoEvents();
    }

    @Test
    void a_revision_after_the_visit_requires_the_provider_told_by_the_time_the_draft_is_due() {
        VisitHistory ended = schVisitAt(VisitStatus.VISIT_ENDED);
        fixture.given(ended.events())
                .andGivenCurrentTime(REVISED)
                .when(revision(null))
                .expectEvents(
                        new ProvisionalJudgementRevised(VISIT, REVISED_FINDINGS, REVISION_REASONS, REVISED),
                        new NotificationRequired(VISIT, "N-2", PROVIDER_RECIPIENT, NotificationChannel.EMAIL,
                                REVISED_JUDGEMENT, SCH_DRAFT_DUE, REVISED))
                .expectResultMessagePayload(new CommandOutcome(ended.version() + 2, null));
    }

    @Test
    void a_revision_in_qa_is_due_with_the_rss_draft_at_the_end_of_16_may_2025_bst() {
        Instant revised = Instant.parse("2025-04-25T10:00:00Z");
        fixture.given(rssVisitAt(VisitStatus.IN_QA).events())
                .andGivenCurrentTime(revised)
                .when(revision(null))
                .expectEvents(
                        new ProvisionalJudgementRevised(VISIT, REVISED_FINDINGS, REVISION_REASONS, revised),
                        new NotificationRequired(VISIT, "N-3", PROVIDER_RECIPIENT, NotificationChannel.EMAIL,
                                REVISED_JUDGEMENT, Instant.parse("2025-05-16T22:59:59Z"), revised));
    }

    @Test
    void the_draft_is_refused_while_the_provider_has_not_been_told_of_the_revised_judgement() {
        fixture.given(schVisitAt(VisitStatus.IN_QA).judgementRevised(REVISED).events())
                .andGivenCurrentTime(SCH.draft())
                .when(draftReport(null))
                .expectException(refusedBecause(Refusal.PROVIDER_NOT_TOLD_OF_REVISED_JUDGEMENT))
                .expectNoEvents();
    }

    @Test
    void the_draft_goes_once_the_revised_judgement_notification_is_recorded_as_sent() {
        // draft on Friday 10 January 2025: the provider comments by the end of Friday 17 January
        Instant draft = SCH.draft();
        fixture.given(schVisitAt(VisitStatus.IN_QA).judgementRevised(REVISED)
                        .notificationSent("N-2", REVISED.plusSeconds(3600)).events())
                .andGivenCurrentTime(draft)
                .when(draftReport(null))
                .expectEvents(
                        new DraftReportSent(VISIT, draft),
                        met(DRAFT_REPORT, SCH_DRAFT_DUE, false, draft),
                        scheduled(VisitType.SCH_ASSURANCE, PROVIDER_COMMENTS, DeadlineOwner.PROVIDER,
                                Instant.parse("2025-01-17T23:59:59Z"), draft));
    }

    @Test
    void every_revision_is_told_before_the_draft_goes() {
        fixture.given(schVisitAt(VisitStatus.IN_QA).judgementRevised(REVISED)
                        .notificationSent("N-2", REVISED.plusSeconds(3600))
                        .judgementRevised(Instant.parse("2025-01-08T10:00:00Z")).events())
                .andGivenCurrentTime(SCH.draft())
                .when(draftReport(null))
                .expectException(refusedBecause(Refusal.PROVIDER_NOT_TOLD_OF_REVISED_JUDGEMENT))
                .expectNoEvents();
    }
}
