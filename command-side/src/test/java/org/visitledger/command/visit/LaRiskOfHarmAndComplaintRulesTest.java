package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;

import static org.visitledger.command.visit.LaInspectionStory.*;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * A significant risk of harm found during an LA inspection is told to the DCS at once and confirmed in writing (rule
 * LA-RISK-OF-HARM; seed 003 para 61), and complaints are taken at any stage and up to 30 calendar days after
 * publication, never holding publication up (rule LA-COMPLAINT-WINDOW; seed 003 paras 59 and 72). Days of the
 * Christmas 2024 vector: fieldwork from Monday 16 December, published Wednesday 29 January 2025.
 */
class LaRiskOfHarmAndComplaintRulesTest {

    private static final String RISK = "A child on a plan has had no visit for eleven weeks";
    private static final String DETAILS = "Case SG-2-3: the allocated social worker left in September";

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void la_risk_of_harm_the_dcs_is_phoned_at_once_and_written_to_by_the_next_working_day() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.FIELDWORK);
        Instant raised = Instant.parse("2024-12-20T15:00:00Z");
        fixture.given(story.events())
                .andGivenCurrentTime(raised)
                .when(new RaiseConcern(VISIT, null, ConcernCategory.SIGNIFICANT_RISK_OF_HARM, RISK, DETAILS, null))
                .expectEvents(new ConcernRaised(VISIT, "CON-1", ConcernCategory.SIGNIFICANT_RISK_OF_HARM, RISK,
                                DETAILS, raised),
                        new NotificationRequired(VISIT, "N-3", DCS, NotificationChannel.PHONE, "Unresolved significant "
                                + "risk of harm to a child: the director of children's services is told at once", raised,
                                raised),
                        // Friday 20 December: the next working day is Monday 23 December.
                        new NotificationRequired(VISIT, "N-4", DCS, NotificationChannel.EMAIL, "Written confirmation "
                                + "of the significant risk of harm to a child the director was told of",
                                CALENDAR.endOf(LocalDate.of(2024, 12, 23)), raised));
    }

    @Test
    void la_risk_of_harm_telling_the_dcs_is_recorded_as_sent() {
        Instant raised = Instant.parse("2024-12-20T15:00:00Z");
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.FIELDWORK).at(raised)
                .send(new RaiseConcern(VISIT, null, ConcernCategory.SIGNIFICANT_RISK_OF_HARM, RISK, DETAILS, null));
        Instant phoned = raised.plusSeconds(900);
        fixture.given(story.events())
                .andGivenCurrentTime(phoned)
                .when(new RecordNotificationSent(VISIT, null, "N-3", null))
                .expectEvents(new NotificationSent(VISIT, "N-3", phoned));
    }

    @Test
    void la_risk_of_harm_is_the_only_concern_an_la_inspection_takes() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.FIELDWORK);
        fixture.given(story.events())
                .andGivenCurrentTime(story.lastAt().plusSeconds(600))
                .when(new RaiseConcern(VISIT, null, ConcernCategory.SERIOUS, RISK, DETAILS, null))
                .expectException(invalid("category"))
                .expectNoEvents();
    }

    @Test
    void la_feedback_states_no_serious_or_widespread_concerns() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.GRADED);
        fixture.given(story.events())
                .andGivenCurrentTime(LaInspectionStory.at(CHRISTMAS_2024.feedback()))
                .when(new GiveVerbalFeedback(VISIT, null, true, FEEDBACK_SUMMARY, null))
                .expectException(invalid("seriousOrWidespreadConcerns"))
                .expectNoEvents();
    }

    @Test
    void la_complaint_window_a_complaint_during_fieldwork_is_taken_on_time() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.FIELDWORK);
        Instant lodged = story.lastAt().plusSeconds(3600);
        fixture.given(story.events())
                .andGivenCurrentTime(lodged)
                .when(complaint(null))
                .expectEvents(new FormalComplaintLodged(VISIT, "C-1", COMPLAINT, false, lodged));
    }

    @Test
    void la_complaint_window_a_complaint_on_the_30th_day_after_publication_is_on_time() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.PUBLISHED);
        Instant lodged = Instant.parse("2025-02-28T16:00:00Z");
        fixture.given(story.events())
                .andGivenCurrentTime(lodged)
                .when(complaint(null))
                .expectEvents(new FormalComplaintLodged(VISIT, "C-1", COMPLAINT, false, lodged));
    }

    @Test
    void la_complaint_window_a_complaint_after_the_30th_day_is_recorded_late() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.PUBLISHED);
        Instant lodged = Instant.parse("2025-03-01T09:00:00Z");
        fixture.given(story.events())
                .andGivenCurrentTime(lodged)
                .when(complaint(null))
                .expectEvents(new FormalComplaintLodged(VISIT, "C-1", COMPLAINT, true, lodged));
    }

    @Test
    void la_complaint_window_an_open_complaint_does_not_hold_publication_up() {
        Vector v = CHRISTMAS_2024;
        LaInspectionStory story = upTo(v, Stage.FINAL_REPORT).send(complaint(null));
        Instant published = LaInspectionStory.at(v.publication());
        fixture.given(story.events())
                .andGivenCurrentTime(published)
                .when(new PublishReport(VISIT, null, REPORT_URL, null))
                .expectEventsMatching(anEvent(ReportPublished.class, "published", event -> true));
    }
}
