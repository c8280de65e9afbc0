package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.visitledger.command.visit.LaInspectionStory.*;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * The notice of an LA inspection (rule LA-NOTICE; seed 003 para 11): at most 10 working days before fieldwork, none
 * only for a recorded reason; and the council named by its LA code (rule LA-PROVIDER-CODE). Notified on Monday
 * 2 December 2024: the usual notice starts fieldwork on Monday 16 December.
 */
class LaNoticeRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 12, 2);
    private static final Instant NOTIFIED = LaInspectionStory.at(MONDAY);
    private static final String SERIOUS_CASE_REVIEWS = "Two serious case reviews this year found referrals not acted on";

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void la_notice_without_notice_starts_fieldwork_on_the_day_of_notification_and_records_the_reason() {
        fixture.givenCurrentTime(NOTIFIED)
                .when(announceLa(null, NoNoticeReason.SERIOUS_SAFEGUARDING_CONCERNS, SERIOUS_CASE_REVIEWS))
                .expectEventsMatching(anEvent(InspectionNoticeGiven.class, "no notice, with the reason",
                        notice -> notice.equals(new InspectionNoticeGiven(VISIT, MONDAY, 0,
                                NoNoticeReason.SERIOUS_SAFEGUARDING_CONCERNS, SERIOUS_CASE_REVIEWS,
                                INSPECTION_NOTICE_RULE, NOTIFIED))));
    }

    @Test
    void la_timeline_without_notice_has_no_case_list_or_selection_before_fieldwork_and_feedback_on_day_10() {
        // Fieldwork from Monday 2 December for 10 working days: feedback due on Friday 13 December.
        fixture.givenCurrentTime(NOTIFIED)
                .when(announceLa(null, NoNoticeReason.PROVISION_JUDGED_INADEQUATE, "Judged inadequate in 2023"))
                .expectEventsMatching(eventTypes(VisitAnnounced.class, InspectionNoticeGiven.class,
                        DeadlineScheduled.class, NotificationRequired.class, NotificationRequired.class))
                .expectEventsMatching(anEvent(DeadlineScheduled.class, "feedback due on 13 December",
                        deadline -> deadline.code() == DeadlineCode.FIELDWORK_FEEDBACK
                                && deadline.dueAt().equals(CALENDAR.endOf(LocalDate.of(2024, 12, 13)))));
    }

    @Test
    void la_timeline_with_short_notice_drops_the_steps_that_would_fall_on_or_after_fieldwork() {
        // Fieldwork from Thursday 5 December (day 4): the case list of day 4 and the selection of day 5 are not due.
        fixture.givenCurrentTime(NOTIFIED)
                .when(announceLa(LocalDate.of(2024, 12, 5), null, null))
                .expectEventsMatching(anEvent(InspectionNoticeGiven.class, "3 working days' notice",
                        notice -> notice.noticeWorkingDays() == 3 && notice.noNoticeReason() == null))
                .expectEventsMatching(eventTypes(VisitAnnounced.class, InspectionNoticeGiven.class,
                        DeadlineScheduled.class, NotificationRequired.class, NotificationRequired.class));
    }

    @Test
    void la_notice_of_more_than_10_working_days_is_refused() {
        fixture.givenCurrentTime(NOTIFIED)
                .when(announceLa(LocalDate.of(2024, 12, 17), null, null))
                .expectException(invalid("fieldworkStartsOn"))
                .expectNoEvents();
    }

    @Test
    void la_notice_fieldwork_starting_on_a_bank_holiday_is_refused() {
        Instant notified = LaInspectionStory.at(LocalDate.of(2024, 12, 16));
        fixture.givenCurrentTime(notified)
                .when(announceLa(LocalDate.of(2024, 12, 26), null, null))
                .expectException(invalid("fieldworkStartsOn"))
                .expectNoEvents();
    }

    @Test
    void la_notice_none_without_a_reason_is_refused() {
        fixture.givenCurrentTime(NOTIFIED)
                .when(announceLa(MONDAY, null, null))
                .expectException(invalid("noNoticeReason"))
                .expectNoEvents();
    }

    @Test
    void la_notice_none_with_a_reason_but_no_details_is_refused() {
        fixture.givenCurrentTime(NOTIFIED)
                .when(announceLa(null, NoNoticeReason.PROVISION_JUDGED_INADEQUATE, " "))
                .expectException(invalid("noNoticeDetails"))
                .expectNoEvents();
    }

    @Test
    void la_notice_a_reason_for_no_notice_with_notice_given_is_refused() {
        fixture.givenCurrentTime(NOTIFIED)
                .when(announceLa(LocalDate.of(2024, 12, 9), NoNoticeReason.PROVISION_JUDGED_INADEQUATE,
                        "Judged inadequate in 2023"))
                .expectException(invalid("noNoticeReason"))
                .expectNoEvents();
    }

    @Test
    void la_notice_belongs_to_la_inspections_only() {
        fixture.givenCurrentTime(NOTIFIED)
                .when(new AnnounceVisit(VISIT, VisitType.SCH_ASSURANCE, PROVIDER, LEAD_INSPECTOR_NAME, TEAM,
                        PLACING_AUTHORITIES, null, null, null, null, null, LocalDate.of(2024, 12, 9), null, null))
                .expectException(invalid("fieldworkStartsOn"))
                .expectNoEvents();
    }

    @Test
    void la_provider_code_a_council_is_named_by_its_la_code() {
        fixture.givenCurrentTime(NOTIFIED)
                .when(new AnnounceVisit(VISIT, VisitType.LA_SAFEGUARDING_LAC, PROVIDER, LEAD_INSPECTOR,
                        LA_TEAM, List.of(), null, null, null, null, null, null, null, null))
                .expectException(invalid("provider.urn"))
                .expectNoEvents();
    }

    @Test
    void la_provider_code_names_no_provider_of_another_visit_type() {
        fixture.givenCurrentTime(NOTIFIED)
                .when(new AnnounceVisit(VISIT, VisitType.SCH_ASSURANCE, NORTHSHIRE, LEAD_INSPECTOR_NAME,
                        TEAM, PLACING_AUTHORITIES, null, null, null, null, null))
                .expectException(invalid("provider.urn"))
                .expectNoEvents();
    }

    @Test
    void la_inspection_names_no_placing_authorities() {
        fixture.givenCurrentTime(NOTIFIED)
                .when(new AnnounceVisit(VISIT, VisitType.LA_SAFEGUARDING_LAC, NORTHSHIRE, LEAD_INSPECTOR,
                        LA_TEAM, List.of("Kent"), null, null, null, null, null, null, null, null))
                .expectException(invalid("placingAuthorities"))
                .expectNoEvents();
    }

}
