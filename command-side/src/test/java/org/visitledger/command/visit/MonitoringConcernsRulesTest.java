package org.visitledger.command.visit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.List;

import static org.visitledger.command.visit.VisitFixtures.*;

/**
 * Rule MONITORING-CONCERNS-AS-FOLLOWED: from MONITORING rulebook version 3, serious or widespread concerns found at
 * the monitoring visit itself are notified as the visit it follows requires: after an SCH visit, the director of
 * children's services of every local authority concerned (emailed and phoned), the provider's forward and the DfE
 * (seed 001); after an RSS visit, the DCS, the ESFA, every authority funding placements and parents (seed 000). A
 * monitoring visit whose followed type was not recorded (announced before VisitAnnounced revision 2) keeps the
 * monitoring visit's own list. Story: the monitoring visit of Tuesday 4 February 2025, feedback at 16:00.
 */
class MonitoringConcernsRulesTest {

    private static final Timeline T = MONITORING_FEBRUARY_2025;

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void serious_concerns_at_a_monitoring_visit_after_an_sch_visit_are_notified_as_seed_001_requires() {
        fixture.given(onSiteWithASeriousConcern(VisitType.SCH_ASSURANCE).events())
                .andGivenCurrentTime(T.feedback())
                .when(feedbackWithSeriousConcerns(null))
                .expectEventsMatching(requiredNotificationsTo(
                        "Director of children's services, Kent", "Director of children's services, Medway",
                        PROVIDER_RECIPIENT, "Department for Education"));
    }

    @Test
    void serious_concerns_at_a_monitoring_visit_after_an_rss_visit_are_notified_as_seed_000_requires() {
        fixture.given(onSiteWithASeriousConcern(VisitType.RSS_ASSURANCE).events())
                .andGivenCurrentTime(T.feedback())
                .when(feedbackWithSeriousConcerns(null))
                .expectEventsMatching(requiredNotificationsTo(
                        "Director of children's services, Kent", "Education and Skills Funding Agency",
                        "Placing authority Kent", "Placing authority Medway", "Parents"));
    }

    @Test
    void a_monitoring_visit_whose_followed_type_was_not_recorded_keeps_its_own_list() {
        fixture.given(onSiteWithASeriousConcern(null).events())
                .andGivenCurrentTime(T.feedback())
                .when(feedbackWithSeriousConcerns(null))
                .expectEventsMatching(requiredNotificationsTo(
                        "Director of children's services, Kent", "Placing authority Kent",
                        "Placing authority Medway"));
    }

    private static VisitHistory onSiteWithASeriousConcern(VisitType followedType) {
        return VisitHistory.monitoringFollowing(followedType, T.announced()).arrived(T.arrived())
                .concernRaised(ConcernCategory.SERIOUS, T.arrived().plusSeconds(3600));
    }

    /** The notifications the command required are to exactly these recipients, in this order. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Matcher<List<EventMessage<?>>> requiredNotificationsTo(String... recipients) {
        List<String> expected = List.of(recipients);
        return (Matcher) new TypeSafeDiagnosingMatcher<List<EventMessage<?>>>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events, Description mismatch) {
                List<String> actual = events.stream().map(EventMessage::getPayload)
                        .filter(NotificationRequired.class::isInstance).map(NotificationRequired.class::cast)
                        .map(NotificationRequired::recipient).toList();
                mismatch.appendText("notifications were required to ").appendValue(actual);
                return actual.equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("notifications required to ").appendValue(expected);
            }
        };
    }
}
