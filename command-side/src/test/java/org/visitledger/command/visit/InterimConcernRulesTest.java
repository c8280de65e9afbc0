package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * Concerns at an interim visit (seed 002, "Significant concerns"; rule INTERIM-SIGNIFICANT-CONCERN): only
 * the significant concerns SAFEGUARDING and LEADERSHIP_BREAKDOWN are taken. They lead to a duty-desk call and perhaps
 * a conversion, never to the debrief and case review that follow serious or widespread concerns.
 */
class InterimConcernRulesTest {

    private static final Instant ON_SITE = Instant.parse("2025-10-02T09:30:00Z");
    private static final Instant AFTER_THE_VISIT = Instant.parse("2025-10-03T10:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ConcernCategory.class, names = {"SAFEGUARDING", "LEADERSHIP_BREAKDOWN"})
    void a_significant_concern_on_site_is_recorded_and_starts_no_deadline(ConcernCategory category) {
        VisitHistory onSite = interimVisitAt(VisitStatus.ON_SITE);
        fixture.given(onSite.events())
                .andGivenCurrentTime(ON_SITE)
                .when(concern(category, null))
                .expectEvents(new ConcernRaised(VISIT, "CON-1", category, CONCERN_SUMMARY, CONCERN_DETAILS, ON_SITE))
                .expectResultMessagePayload(new CommandOutcome(onSite.version() + 1, "CON-1"))
                .expectNoScheduledDeadlines();
    }

    @ParameterizedTest(name = "{0} is invalid")
    @EnumSource(value = ConcernCategory.class, names = {"SERIOUS", "WIDESPREAD", "SIGNIFICANT_RISK_OF_HARM"})
    void an_interim_visit_takes_only_significant_concerns(ConcernCategory category) {
        fixture.given(interimVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(ON_SITE)
                .when(concern(category, null))
                .expectException(invalid("category"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ConcernCategory.class, names = {"SAFEGUARDING", "LEADERSHIP_BREAKDOWN"})
    void a_significant_concern_raised_after_the_visit_ended_starts_no_case_review(ConcernCategory category) {
        fixture.given(interimVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(AFTER_THE_VISIT)
                .when(concern(category, null))
                .expectEvents(new ConcernRaised(VISIT, "CON-1", category, CONCERN_SUMMARY, CONCERN_DETAILS,
                        AFTER_THE_VISIT))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_significant_concern_is_not_serious_so_the_visit_may_end_without_stating_serious_concerns() {
        fixture.given(interimVisitAt(VisitStatus.ON_SITE).concernRaised(ConcernCategory.SAFEGUARDING, ON_SITE).events())
                .andGivenCurrentTime(INTERIM_ENDED)
                .when(feedback(null))
                .expectEvents(new VerbalFeedbackGiven(VISIT, false, FEEDBACK_SUMMARY, INTERIM_ENDED),
                        new VisitEnded(VISIT, LocalDate.of(2025, 10, 2), INTERIM_ENDED))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_debrief_after_a_significant_concern_is_refused_as_no_case_review_is_required() {
        VisitHistory concernAfterTheVisit = interimVisitAt(VisitStatus.VISIT_ENDED)
                .concernRaised(ConcernCategory.SAFEGUARDING, AFTER_THE_VISIT);
        fixture.given(concernAfterTheVisit.events())
                .andGivenCurrentTime(AFTER_THE_VISIT.plusSeconds(3600))
                .when(debrief(null))
                .expectException(refusedBecause(Refusal.NO_CASE_REVIEW_REQUIRED))
                .expectNoEvents();
    }

    /** Rule INTERIM-SIGNIFICANT-CONCERN: the NFD investigates the specific significant concerns, so takes them too. */
    @Test
    void an_nfd_inspection_records_significant_concerns() {
        Instant at = Instant.parse("2025-10-02T13:00:00Z");
        fixture.given(nfdVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(at)
                .when(concern(ConcernCategory.LEADERSHIP_BREAKDOWN, null))
                .expectEvents(new ConcernRaised(VISIT, "CON-1", ConcernCategory.LEADERSHIP_BREAKDOWN, CONCERN_SUMMARY,
                        CONCERN_DETAILS, at));
    }
}
