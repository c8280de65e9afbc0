package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.events.DeadlineCode.NFD_INSPECTION;

/**
 * The NFD_INSPECTION deadline (rule NFD-ARRIVAL-DUE): the inspectors' arrival on site meets it, on time
 * within the 48 hours of the NFD's creation and late after them; when nobody has arrived by then the deadline
 * manager records it missed at its due time. NFD created 11:30Z on Thursday 2 October 2025, due 11:30Z on Saturday 4.
 */
class NfdInspectionDeadlineRulesTest {

    private static final Instant DUE = Instant.parse("2025-10-04T11:30:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void arriving_within_the_48_hours_meets_the_deadline_on_time() {
        VisitHistory created = nfdVisitAt(VisitStatus.ANNOUNCED);
        fixture.given(created.events())
                .andGivenCurrentTime(NFD_ARRIVED)
                .when(arrival(null))
                .expectEvents(new InspectorsArrivedOnSite(VISIT, NFD_ARRIVED),
                        met(NFD_INSPECTION, DUE, false, NFD_ARRIVED))
                .expectResultMessagePayload(new CommandOutcome(created.version() + 2, null));
    }

    @Test
    void arriving_at_the_48th_hour_is_still_on_time() {
        fixture.given(nfdVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(DUE)
                .when(arrival(null))
                .expectEvents(new InspectorsArrivedOnSite(VISIT, DUE), met(NFD_INSPECTION, DUE, false, DUE));
    }

    @Test
    void arriving_after_the_deadline_was_recorded_missed_meets_it_late() {
        Instant late = Instant.parse("2025-10-06T08:00:00Z");
        fixture.given(nfdVisitAt(VisitStatus.ANNOUNCED).nfdInspectionMissed().events())
                .andGivenCurrentTime(late)
                .when(arrival(null))
                .expectEvents(new InspectorsArrivedOnSite(VISIT, late), met(NFD_INSPECTION, DUE, true, late));
    }

    @Test
    void arriving_one_second_late_before_the_miss_was_recorded_meets_the_deadline_late() {
        Instant late = DUE.plusSeconds(1);
        fixture.given(nfdVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(late)
                .when(arrival(null))
                .expectEvents(new InspectorsArrivedOnSite(VISIT, late), met(NFD_INSPECTION, DUE, true, late));
    }

    @Test
    void nobody_on_site_within_48_hours_is_recorded_missed_at_the_due_time() {
        fixture.givenCurrentTime(NFD_CREATED)
                .andGivenCommands(announceNfd(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-10-04T18:00:00Z"))
                .expectEvents(missed(NFD_INSPECTION, DUE))
                .expectTriggeredDeadlines(due(NFD_INSPECTION));
    }

    @Test
    void nothing_is_recorded_before_the_48_hours_have_passed() {
        fixture.givenCurrentTime(NFD_CREATED)
                .andGivenCommands(announceNfd(null))
                .whenThenTimeAdvancesTo(DUE.minusSeconds(1))
                .expectNoEvents()
                .expectTriggeredDeadlines()
                .expectScheduledDeadline(DUE, due(NFD_INSPECTION));
    }

    @Test
    void an_arrival_on_time_records_nothing_when_the_due_time_passes() {
        fixture.givenCurrentTime(NFD_CREATED)
                .andGivenCommands(announceNfd(null), arrival(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-10-04T18:00:00Z"))
                .expectTriggeredDeadlines(due(NFD_INSPECTION))
                .expectNoEvents();
    }

    @Test
    void withdrawing_the_nfd_before_anyone_arrives_cancels_the_deadline() {
        Instant withdrawn = Instant.parse("2025-10-03T09:00:00Z");
        fixture.given(nfdVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(withdrawn)
                .when(withdrawal(null))
                .expectEvents(new VisitWithdrawn(VISIT, WITHDRAWAL_REASON, withdrawn),
                        new DeadlineCancelled(VISIT, "NFD_INSPECTION", NFD_INSPECTION, DUE, "visit withdrawn",
                                withdrawn));
    }

    @Test
    void the_deadline_of_a_withdrawn_nfd_records_nothing_when_its_due_time_passes() {
        fixture.givenCurrentTime(NFD_CREATED)
                .andGivenCommands(announceNfd(null), withdrawal(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-10-04T18:00:00Z"))
                .expectTriggeredDeadlines(due(NFD_INSPECTION))
                .expectNoEvents();
    }
}
