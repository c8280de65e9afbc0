package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.stream.Stream;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * Formal complaints follow the final report (rules COMPLAINT-LODGE, COMPLAINT-WINDOW, COMPLAINT-LATE; seed 004: within
 * the COMPLAINT_WINDOW of 5 working days); the visit is CLOSED once the report is published, the window is over and no
 * complaint is open (rule VISIT-CLOSED). A closed visit takes no more activity. SCH story: final sent 2025-01-29,
 * window ends 2025-02-05T23:59:59Z, published 2025-02-04.
 */
class ComplaintAndClosureRulesTest {

    private static final Instant WINDOW_ENDS = Instant.parse("2025-02-05T23:59:59Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void a_complaint_inside_the_window_is_lodged_on_time_as_c_1() {
        Instant lodged = Instant.parse("2025-01-31T10:00:00Z");
        VisitHistory finalSent = schVisitAt(VisitStatus.FINAL_SENT);
        fixture.given(finalSent.events())
                .andGivenCurrentTime(lodged)
                .when(complaint(null))
                .expectEvents(new FormalComplaintLodged(VISIT, "C-1", COMPLAINT, false, lodged))
                .expectResultMessagePayload(new CommandOutcome(finalSent.version() + 1, "C-1"));
    }

    @Test
    void a_second_complaint_is_c_2() {
        Instant lodged = Instant.parse("2025-02-03T10:00:00Z");
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).complaintLodged(Instant.parse("2025-01-31T10:00:00Z")).events())
                .andGivenCurrentTime(lodged)
                .when(complaint(null))
                .expectEvents(new FormalComplaintLodged(VISIT, "C-2", COMPLAINT, false, lodged));
    }

    @Test
    void a_complaint_after_publication_but_inside_the_window_is_on_time_and_keeps_the_visit_open() {
        Instant lodged = Instant.parse("2025-02-05T10:00:00Z");
        fixture.given(schVisitAt(VisitStatus.PUBLISHED).events())
                .andGivenCurrentTime(lodged)
                .when(complaint(null))
                .expectEvents(new FormalComplaintLodged(VISIT, "C-1", COMPLAINT, false, lodged));
    }

    @Test
    void a_complaint_after_the_window_closed_is_recorded_as_late() {
        Instant lodged = Instant.parse("2025-02-07T10:00:00Z");
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).complaintWindowLapsed().events())
                .andGivenCurrentTime(lodged)
                .when(complaint(null))
                .expectEvents(new FormalComplaintLodged(VISIT, "C-1", COMPLAINT, true, lodged));
    }

    @Test
    void a_complaint_after_the_window_due_time_is_late_even_before_the_lapse_was_recorded() {
        Instant lodged = WINDOW_ENDS.plusSeconds(1);
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).events())
                .andGivenCurrentTime(lodged)
                .when(complaint(null))
                .expectEvents(new FormalComplaintLodged(VISIT, "C-1", COMPLAINT, true, lodged));
    }

    @Test
    void a_complaint_before_the_final_report_is_refused() {
        VisitHistory commented = schVisitAt(VisitStatus.COMMENTS_RECEIVED);
        fixture.given(commented.events())
                .andGivenCurrentTime(commented.lastAt().plusSeconds(3600))
                .when(complaint(null))
                .expectException(refusedBecause(Refusal.FINAL_REPORT_NOT_SENT))
                .expectNoEvents();
    }

    @Test
    void a_complaint_while_the_inspectors_are_on_site_is_refused() {
        VisitHistory onSite = rssVisitAt(VisitStatus.ON_SITE);
        fixture.given(onSite.events())
                .andGivenCurrentTime(onSite.lastAt().plusSeconds(3600))
                .when(complaint(null))
                .expectException(refusedBecause(Refusal.FINAL_REPORT_NOT_SENT))
                .expectNoEvents();
    }

    @Test
    void resolving_an_unknown_complaint_is_refused() {
        fixture.given(schVisitAt(VisitStatus.PUBLISHED).complaintLodged(Instant.parse("2025-02-04T10:00:00Z")).events())
                .andGivenCurrentTime(Instant.parse("2025-02-04T12:00:00Z"))
                .when(resolution("C-2", null))
                .expectException(refusedBecause(Refusal.UNKNOWN_COMPLAINT))
                .expectNoEvents();
    }

    @Test
    void resolving_a_complaint_twice_is_refused() {
        fixture.given(schVisitAt(VisitStatus.PUBLISHED).complaintLodged(Instant.parse("2025-02-04T10:00:00Z"))
                        .complaintResolved("C-1", Instant.parse("2025-02-04T11:00:00Z")).events())
                .andGivenCurrentTime(Instant.parse("2025-02-04T12:00:00Z"))
                .when(resolution("C-1", null))
                .expectException(refusedBecause(Refusal.COMPLAINT_ALREADY_RESOLVED))
                .expectNoEvents();
    }

    @Test
    void resolving_a_complaint_while_the_window_is_still_open_does_not_close_the_visit() {
        Instant resolved = Instant.parse("2025-02-05T12:00:00Z");
        fixture.given(schVisitAt(VisitStatus.PUBLISHED).complaintLodged(Instant.parse("2025-02-04T10:00:00Z")).events())
                .andGivenCurrentTime(resolved)
                .when(resolution("C-1", null))
                .expectEvents(new FormalComplaintResolved(VISIT, "C-1", OUTCOME, resolved));
    }

    @Test
    void resolving_the_last_open_complaint_after_the_window_closes_a_published_visit() {
        Instant resolved = Instant.parse("2025-02-20T12:00:00Z");
        VisitHistory history = schVisitAt(VisitStatus.PUBLISHED).complaintLodged(Instant.parse("2025-02-04T10:00:00Z"))
                .complaintWindowLapsed();
        fixture.given(history.events())
                .andGivenCurrentTime(resolved)
                .when(resolution("C-1", null))
                .expectEvents(new FormalComplaintResolved(VISIT, "C-1", OUTCOME, resolved),
                        new VisitClosed(VISIT, resolved))
                .expectResultMessagePayload(new CommandOutcome(history.version() + 2, null));
    }

    @Test
    void resolving_one_of_two_open_complaints_keeps_the_visit_open() {
        Instant resolved = Instant.parse("2025-02-20T12:00:00Z");
        fixture.given(schVisitAt(VisitStatus.PUBLISHED).complaintLodged(Instant.parse("2025-02-04T10:00:00Z"))
                        .complaintLodged(Instant.parse("2025-02-05T10:00:00Z")).complaintWindowLapsed().events())
                .andGivenCurrentTime(resolved)
                .when(resolution("C-2", null))
                .expectEvents(new FormalComplaintResolved(VISIT, "C-2", OUTCOME, resolved));
    }

    @Test
    void resolving_the_complaint_of_an_unpublished_visit_does_not_close_it() {
        Instant resolved = Instant.parse("2025-02-10T12:00:00Z");
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).complaintLodged(Instant.parse("2025-01-31T10:00:00Z"))
                        .complaintWindowLapsed().events())
                .andGivenCurrentTime(resolved)
                .when(resolution("C-1", null))
                .expectEvents(new FormalComplaintResolved(VISIT, "C-1", OUTCOME, resolved));
    }

    @Test
    void publishing_after_the_window_while_a_complaint_is_open_does_not_close_the_visit() {
        Instant published = Instant.parse("2025-02-10T09:00:00Z");
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).complaintLodged(Instant.parse("2025-01-31T10:00:00Z"))
                        .complaintWindowLapsed().events())
                .andGivenCurrentTime(published)
                .when(publication(null))
                .expectEvents(new ReportPublished(VISIT, REPORT_URL, published),
                        met(DeadlineCode.PUBLICATION, Instant.parse("2025-02-13T23:59:59Z"), false, published));
    }

    @Test
    void publishing_after_the_window_once_every_complaint_is_resolved_closes_the_visit() {
        Instant published = Instant.parse("2025-02-10T09:00:00Z");
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).complaintLodged(Instant.parse("2025-01-31T10:00:00Z"))
                        .complaintResolved("C-1", Instant.parse("2025-02-03T10:00:00Z"))
                        .complaintWindowLapsed().events())
                .andGivenCurrentTime(published)
                .when(publication(null))
                .expectEvents(new ReportPublished(VISIT, REPORT_URL, published),
                        met(DeadlineCode.PUBLICATION, Instant.parse("2025-02-13T23:59:59Z"), false, published),
                        new VisitClosed(VISIT, published));
    }

    @Test
    void publishing_after_the_complaint_window_due_time_closes_the_visit_even_before_the_lapse_was_recorded() {
        Instant published = WINDOW_ENDS.plusSeconds(9 * 3600);
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).events())
                .andGivenCurrentTime(published)
                .when(publication(null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(anEvent(VisitClosed.class, "at the publication",
                        e -> e.occurredAt().equals(published)));
    }

    static Stream<Arguments> activitiesOnAClosedVisit() {
        return Stream.of(
                Arguments.of("annex A returned", annexAReturned(null)),
                Arguments.of("further information requested", furtherInformationRequest(
                        Instant.parse("2025-02-20T12:00:00Z"), null)),
                Arguments.of("further information received", furtherInformationReceived("FI-1", null)),
                Arguments.of("arrival on site", arrival(null)),
                Arguments.of("verbal feedback", feedback(null)),
                Arguments.of("QA submission", qaSubmission(null)),
                Arguments.of("draft report", draftReport(null)),
                Arguments.of("provider comments", providerComments(null)),
                Arguments.of("final report", finalReport(null)),
                Arguments.of("publication", publication(null)),
                Arguments.of("withdrawal", withdrawal(null)));
    }

    @ParameterizedTest(name = "{0} on a closed visit is refused")
    @MethodSource("activitiesOnAClosedVisit")
    void activity_on_a_closed_visit_is_refused(String activity, Object command) {
        fixture.given(schVisitAt(VisitStatus.CLOSED).events())
                .andGivenCurrentTime(Instant.parse("2025-02-10T09:00:00Z"))
                .when(command)
                .expectException(refusedBecause(Refusal.VISIT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_complaint_on_a_closed_visit_is_recorded_as_late() {
        fixture.given(schVisitAt(VisitStatus.CLOSED).events())
                .andGivenCurrentTime(Instant.parse("2025-02-10T09:00:00Z"))
                .when(complaint(null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(anEvent(FormalComplaintLodged.class, "late", FormalComplaintLodged::late));
    }
}
