package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.events.DeadlineCode.LA_NOTIFICATION;

/**
 * The LA_NOTIFICATION deadline is the lead inspector's duty to email the local authorities by the end of the next
 * working day after a visit ending with serious concerns (seed 001: "the directors of children's services in the
 * relevant local authorities"): every placing authority and the DCS where the home is. Recording the last of those
 * emails as sent meets it, late if after the due time; emails to the provider or the DfE do not count.
 */
class LocalAuthorityNotificationRulesTest {

    private static final VisitType SCH = VisitType.SCH_ASSURANCE;
    /** SCH_DECEMBER_2024 ends on Wednesday 18 December (GMT): the next working day ends on the 19th. */
    private static final Instant DUE = Instant.parse("2024-12-19T23:59:59Z");
    private static final Instant ON_TIME = Instant.parse("2024-12-19T10:00:00Z");
    private static final Instant LATE = Instant.parse("2024-12-20T09:00:00Z");
    private static final String PLACING = "Serious or widespread concerns identified at the home where this "
            + "authority has placed a child";

    private final FixtureConfiguration<Visit> fixture = fixture();

    /**
     * The visit ended with serious concerns: the LA_NOTIFICATION clock and, as SCH_ASSURANCE-2 requires them,
     * N-2 Kent and N-3 Medway (placing authorities), N-4 the DCS of Kent, N-5 the provider's forward, N-6 the DfE.
     */
    private static List<Object> escalated(Object... later) {
        Instant end = SCH_DECEMBER_2024.feedback();
        List<Object> events = new ArrayList<>(schVisitAt(VisitStatus.VISIT_ENDED).events());
        events.add(new DeadlineScheduled(VISIT, LA_NOTIFICATION.name(), LA_NOTIFICATION, DeadlineOwner.LEAD_INSPECTOR,
                DUE, rule(SCH, LA_NOTIFICATION), end));
        events.add(required("N-2", "Placing authority Kent", NotificationChannel.EMAIL, PLACING));
        events.add(required("N-3", "Placing authority Medway", NotificationChannel.EMAIL, PLACING));
        events.add(required("N-4", "Director of children's services, Kent", NotificationChannel.EMAIL_THEN_PHONE,
                "Serious or widespread concerns identified at a home in this authority; receipt to be confirmed by "
                        + "phone"));
        events.add(required("N-5", PROVIDER_RECIPIENT, NotificationChannel.EMAIL, "Forward of the email to the local "
                + "authorities about the serious or widespread concerns"));
        events.add(required("N-6", "Department for Education", NotificationChannel.EMAIL, "Serious or widespread "
                + "concerns identified, for the Secretary of State's decision on the home's continued approval"));
        events.addAll(List.of(later));
        return events;
    }

    @Test
    void the_last_local_authority_email_sent_on_time_meets_the_deadline_on_time() {
        fixture.given(escalated(new NotificationSent(VISIT, "N-2", ON_TIME), new NotificationSent(VISIT, "N-4",
                        ON_TIME)))
                .andGivenCurrentTime(ON_TIME.plusSeconds(600))
                .when(notificationSent("N-3", null))
                .expectEvents(new NotificationSent(VISIT, "N-3", ON_TIME.plusSeconds(600)),
                        new DeadlineMet(VISIT, LA_NOTIFICATION.name(), LA_NOTIFICATION, DUE, false,
                                ON_TIME.plusSeconds(600)));
    }

    @Test
    void while_a_placing_authority_is_not_emailed_the_deadline_stays_open() {
        fixture.given(escalated(new NotificationSent(VISIT, "N-2", ON_TIME)))
                .andGivenCurrentTime(ON_TIME)
                .when(notificationSent("N-4", null))
                .expectEvents(new NotificationSent(VISIT, "N-4", ON_TIME));
    }

    @Test
    void the_provider_forward_and_the_dfe_email_are_not_emails_to_local_authorities() {
        fixture.given(escalated(new NotificationSent(VISIT, "N-5", ON_TIME)))
                .andGivenCurrentTime(ON_TIME)
                .when(notificationSent("N-6", null))
                .expectEvents(new NotificationSent(VISIT, "N-6", ON_TIME));
    }

    @Test
    void the_last_local_authority_email_sent_after_the_recorded_miss_meets_the_deadline_late() {
        fixture.given(escalated(new NotificationSent(VISIT, "N-2", ON_TIME), new NotificationSent(VISIT, "N-3",
                        ON_TIME), new DeadlineMissed(VISIT, LA_NOTIFICATION.name(), LA_NOTIFICATION, DUE, DUE)))
                .andGivenCurrentTime(LATE)
                .when(notificationSent("N-4", null))
                .expectEvents(new NotificationSent(VISIT, "N-4", LATE),
                        new DeadlineMet(VISIT, LA_NOTIFICATION.name(), LA_NOTIFICATION, DUE, true, LATE));
    }

    private static NotificationRequired required(String id, String recipient, NotificationChannel channel,
                                                 String purpose) {
        return new NotificationRequired(VISIT, id, recipient, channel, purpose, DUE, SCH_DECEMBER_2024.feedback());
    }
}
