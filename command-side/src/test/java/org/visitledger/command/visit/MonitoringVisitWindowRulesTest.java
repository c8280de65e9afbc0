package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.List;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.anEvent;

/**
 * Rule MONITORING-VISIT-EARLY (seed 001: "a monitoring visit within 6 to 8 weeks"): from RSS and SCH rulebook version
 * 4, a monitoring visit announced before its window opens meets the MONITORING_VISIT deadline early, which is not on
 * time; inside the window it is on time, after it late. Visits under version 3 accept any time before the due time as
 * on time. The SCH visit ended on Wednesday 18 December 2024: the window opens on Wednesday 29 January 2025 and the
 * deadline is due at the end of Wednesday 12 February.
 */
class MonitoringVisitWindowRulesTest {

    private static final Instant CASE_REVIEW = Instant.parse("2024-12-23T14:00:00Z");
    private static final Instant DUE = Instant.parse("2025-02-12T23:59:59Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @ParameterizedTest(name = "commissioned at {0}: early {1}, late {2}")
    @CsvSource({
            "2025-01-06T10:00:00Z, true, false",
            "2025-01-28T23:59:59Z, true, false",
            "2025-01-29T00:00:00Z, false, false",
            "2025-02-12T16:00:00Z, false, false",
            "2025-02-13T09:00:00Z, false, true"})
    void a_monitoring_visit_announced_before_its_window_opens_meets_the_deadline_early(Instant commissioned,
                                                                                     boolean early, boolean late) {
        fixture.given(caseReviewedUnder("4").events())
                .andGivenCurrentTime(commissioned)
                .when(commissionMonitoringVisit(null))
                .expectEventsMatching(anEvent(DeadlineMet.class, "MONITORING_VISIT, early " + early + ", late " + late,
                        e -> e.equals(new DeadlineMet(VISIT, "MONITORING_VISIT", DeadlineCode.MONITORING_VISIT, DUE,
                                late, early, commissioned))));
    }

    @Test
    void under_sch_version_3_a_monitoring_visit_before_the_window_is_on_time_as_it_always_was() {
        Instant commissioned = Instant.parse("2025-01-06T10:00:00Z");
        fixture.given(caseReviewedUnder("3").events())
                .andGivenCurrentTime(commissioned)
                .when(commissionMonitoringVisit(null))
                .expectEventsMatching(anEvent(DeadlineMet.class, "MONITORING_VISIT on time, not early",
                        e -> !e.early() && !e.late()));
    }

    private static VisitHistory caseReviewedUnder(String schVersion) {
        return endedWithSeriousConcernsUnder(schVersion, SCH_DECEMBER_2024)
                .debriefHeld(Instant.parse("2024-12-19T10:00:00Z"))
                .caseReviewDecided(List.of(CaseReviewDecision.MONITORING_VISIT), CASE_REVIEW);
    }
}
