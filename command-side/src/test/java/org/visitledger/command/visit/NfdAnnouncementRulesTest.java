package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * Creating the section 8 "no formal designation" inspection, as the conversion process does (rule NFD-ARRIVAL-DUE; seed
 * 002: "The NFD will take place within 48 hours"): it names the interim visit it follows, lasts a day from the day of
 * the decision, and its inspectors are due on site exactly 48 hours after it (NFD_INSPECTION, owned by the
 * inspectorate). Only MONITORING and SECTION8_NFD visits follow another visit (rule VISIT-FOLLOWS).
 */
class NfdAnnouncementRulesTest {

    private static final String RULE = "seed 002: the NFD takes place within 48 hours of the conversion decision";
    /** 12:30 BST on Saturday 4 October 2025: 48 hours after {@link VisitFixtures#NFD_CREATED}. */
    private static final Instant DUE = Instant.parse("2025-10-04T11:30:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    private static VisitAnnounced nfdAnnounced(LocalDate day, Instant at) {
        return new VisitAnnounced(VISIT, VisitType.SECTION8_NFD, "1", SCHOOL, "Jo Smith", List.of("Sam Lee"),
                List.of(), 1, day, FOLLOWED_VISIT, null, at);
    }

    private static DeadlineScheduled inspectionDue(Instant dueAt, Instant at) {
        return new DeadlineScheduled(VISIT, "NFD_INSPECTION", DeadlineCode.NFD_INSPECTION, DeadlineOwner.INSPECTORATE,
                dueAt, RULE, at);
    }

    @Test
    void an_nfd_follows_the_interim_visit_and_its_inspectors_are_due_on_site_48_hours_after_its_creation() {
        fixture.givenCurrentTime(NFD_CREATED)
                .when(announceNfd(NFD_CREATED))
                .expectEvents(nfdAnnounced(LocalDate.of(2025, 10, 2), NFD_CREATED), inspectionDue(DUE, NFD_CREATED))
                .expectScheduledDeadline(DUE, new DeadlineDue("NFD_INSPECTION"));
    }

    @Test
    void the_48_hours_are_elapsed_hours_even_when_the_clocks_go_back() {
        // 12:30 BST on Friday 24 October 2025; the clocks go back on Sunday 26th: due at 11:30 GMT, not 12:30
        Instant created = Instant.parse("2025-10-24T11:30:00Z");
        Instant due = Instant.parse("2025-10-26T11:30:00Z");
        fixture.givenCurrentTime(created)
                .when(announceNfd(null))
                .expectEvents(nfdAnnounced(LocalDate.of(2025, 10, 24), created), inspectionDue(due, created))
                .expectScheduledDeadline(due, new DeadlineDue("NFD_INSPECTION"));
    }

    @Test
    void an_nfd_created_more_than_48_hours_after_the_conversion_is_recorded_missed_at_once() {
        // the conversion process ran late (e.g. the application was down): the creation keeps the decision's time
        fixture.givenCurrentTime(Instant.parse("2025-10-04T12:00:00Z"))
                .when(announceNfd(NFD_CREATED))
                .expectEvents(nfdAnnounced(LocalDate.of(2025, 10, 2), NFD_CREATED), inspectionDue(DUE, NFD_CREATED),
                        new DeadlineMissed(VISIT, "NFD_INSPECTION", DeadlineCode.NFD_INSPECTION, DUE, DUE))
                .expectNoScheduledDeadlines();
    }

    @Test
    void an_nfd_that_names_no_interim_visit_is_invalid() {
        fixture.givenCurrentTime(NFD_CREATED)
                .when(announceSchoolVisit(VisitType.SECTION8_NFD, null, null, null))
                .expectException(invalid("followsVisitId"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "a {0} visit naming a visit it follows is invalid")
    @EnumSource(value = VisitType.class, names = {"RSS_ASSURANCE", "SCH_ASSURANCE", "SCHOOL_INTERIM"})
    void visit_types_that_follow_no_other_visit_may_not_name_one(VisitType type) {
        fixture.givenCurrentTime(NFD_CREATED)
                .when(announceSchoolVisit(type, null, FOLLOWED_VISIT, null))
                .expectException(invalid("followsVisitId"))
                .expectNoEvents();
    }
}
