package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;

import static org.hamcrest.Matchers.allOf;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * Rule VISIT-LENGTH-AGREED (seeds 000, 001: "a regional inspection manager (RIM) may agree that this can be reduced
 * ... or increased"): from RSS and SCH rulebook version 4, a visit of another length than the usual one names the RIM
 * who agreed it, and the agreement is recorded with the announcement; the usual length needs none.
 */
class VisitLengthAgreedRulesTest {

    private static final Instant CALL = Instant.parse("2024-12-16T09:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void a_four_day_sch_visit_without_the_managers_agreement_is_refused() {
        fixture.givenCurrentTime(CALL)
                .when(announce(VisitType.SCH_ASSURANCE, 4, CALL))
                .expectException(invalid("lengthAgreedBy"))
                .expectNoEvents();
    }

    @Test
    void a_four_day_sch_visit_records_who_agreed_it() {
        fixture.givenCurrentTime(CALL)
                .when(announceAgreed(VisitType.SCH_ASSURANCE, 4, RIM, CALL))
                .expectEventsMatching(allOf(
                        anEvent(VisitAnnounced.class, "of 4 days", e -> e.plannedLengthDays() == 4),
                        anEvent(VisitLengthAgreed.class, "4 days instead of 3, agreed by the RIM",
                                e -> e.equals(new VisitLengthAgreed(VISIT, 4, 3, RIM, CALL)))));
    }

    @Test
    void a_one_day_rss_visit_records_who_agreed_it() {
        fixture.givenCurrentTime(CALL)
                .when(announceAgreed(VisitType.RSS_ASSURANCE, 1, RIM, CALL))
                .expectEventsMatching(anEvent(VisitLengthAgreed.class, "1 day instead of 2",
                        e -> e.plannedLengthDays() == 1 && e.usualLengthDays() == 2));
    }

    @Test
    void the_usual_length_needs_no_agreement_and_naming_one_is_refused() {
        fixture.givenCurrentTime(CALL)
                .when(announceAgreed(VisitType.SCH_ASSURANCE, 3, RIM, CALL))
                .expectException(invalid("lengthAgreedBy"))
                .expectNoEvents();
    }

    @Test
    void the_usual_length_announced_without_a_length_records_no_agreement() {
        fixture.givenCurrentTime(CALL)
                .when(announce(VisitType.SCH_ASSURANCE, CALL))
                .expectEventsMatching(eventTypes(VisitAnnounced.class, AnnexARequested.class, DeadlineScheduled.class,
                        NotificationRequired.class));
    }
}
