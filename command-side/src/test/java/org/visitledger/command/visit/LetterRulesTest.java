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
 * Interim visits and NFD inspections end in a published letter, not a report (rule LETTER-NO-REPORT; seed 002,
 * "Outcomes of interim visits"; "After the NFD a letter will be published"): no QA, draft, provider comments or final
 * report. The interim letter is published once the school has checked it for factual accuracy
 * (rule LETTER-FACTUAL-ACCURACY), the NFD's without a check; a letter has no complaint window, so publishing it closes
 * the visit at once.
 */
class LetterRulesTest {

    private static final Instant CHECKED = Instant.parse("2025-10-06T12:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2025-10-08T09:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    static Stream<Arguments> reportSteps() {
        return Stream.of(VisitType.SCHOOL_INTERIM, VisitType.SECTION8_NFD).flatMap(type -> Stream.of(
                Arguments.of(type, "the QA submission", qaSubmission(null)),
                Arguments.of(type, "the draft report", draftReport(null)),
                Arguments.of(type, "the provider's comments", providerComments(null)),
                Arguments.of(type, "the final report", finalReport(null)),
                Arguments.of(type, "a revision of the provisional judgement", revision(null))));
    }

    private static VisitHistory endedVisit(VisitType type) {
        return type == VisitType.SCHOOL_INTERIM ? interimVisitAt(VisitStatus.VISIT_ENDED)
                : nfdVisitAt(VisitStatus.VISIT_ENDED);
    }

    @ParameterizedTest(name = "{0}: {1} is refused")
    @MethodSource("reportSteps")
    void a_letter_visit_has_no_report_path(VisitType type, String step, Object command) {
        fixture.given(endedVisit(type).events())
                .andGivenCurrentTime(Instant.parse("2025-10-03T10:00:00Z"))
                .when(command)
                .expectException(refusedBecause(Refusal.NO_REPORT_FOR_VISIT_TYPE))
                .expectNoEvents();
    }

    @Test
    void the_interim_letter_is_not_published_before_the_school_has_checked_it() {
        fixture.given(interimVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(PUBLISHED)
                .when(publication(null))
                .expectException(refusedBecause(Refusal.FACTUAL_ACCURACY_NOT_CHECKED))
                .expectNoEvents();
    }

    @Test
    void publishing_the_checked_interim_letter_records_it_and_closes_the_visit_at_once() {
        VisitHistory checked = interimVisitAt(VisitStatus.VISIT_ENDED).factualAccuracyChecked(CHECKED);
        fixture.given(checked.events())
                .andGivenCurrentTime(PUBLISHED)
                .when(publication(null))
                .expectEvents(new ReportPublished(VISIT, REPORT_URL, PUBLISHED), new VisitClosed(VISIT, PUBLISHED))
                .expectResultMessagePayload(new CommandOutcome(checked.version() + 2, null));
    }

    @Test
    void the_interim_letter_cannot_have_been_published_before_it_was_checked() {
        fixture.given(interimVisitAt(VisitStatus.VISIT_ENDED).factualAccuracyChecked(CHECKED).events())
                .andGivenCurrentTime(PUBLISHED)
                .when(publication(CHECKED.minusSeconds(1)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void the_nfd_letter_is_published_after_the_inspection_without_a_check_and_closes_the_visit() {
        fixture.given(nfdVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(PUBLISHED)
                .when(publication(null))
                .expectEvents(new ReportPublished(VISIT, REPORT_URL, PUBLISHED), new VisitClosed(VISIT, PUBLISHED));
    }

    static Stream<Arguments> visitsStillOnSite() {
        return Stream.of(Arguments.of("SCHOOL_INTERIM", interimVisitAt(VisitStatus.ON_SITE)),
                Arguments.of("SECTION8_NFD", nfdVisitAt(VisitStatus.ON_SITE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visitsStillOnSite")
    void a_letter_is_published_only_after_the_visit_ended(String type, VisitHistory onSite) {
        fixture.given(onSite.events())
                .andGivenCurrentTime(onSite.lastAt().plusSeconds(3600))
                .when(publication(null))
                .expectException(refusedBecause(Refusal.VISIT_NOT_ENDED))
                .expectNoEvents();
    }

    @Test
    void a_published_letter_is_not_published_again() {
        VisitHistory closed = nfdVisitAt(VisitStatus.VISIT_ENDED).letterPublished(PUBLISHED);
        fixture.given(closed.events())
                .andGivenCurrentTime(PUBLISHED.plusSeconds(3600))
                .when(publication(null))
                .expectException(refusedBecause(Refusal.VISIT_CLOSED))
                .expectNoEvents();
    }
}
