package org.visitledger.lifecycle;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.events.*;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.rulebook.Rulebooks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.lifecycle.CommandRoutes.*;

/**
 * Rule VISIT-NEXT-ACTIONS over the recorded visit stories (real event streams, every path the fixtures recorded):
 * each command a person sent was among the actions offered to them in the visit's position just before it, and the
 * actions of a few positions are exactly those the visit's rules allow.
 */
class NextActionsTest {

    private static final Rulebooks RULEBOOKS = Rulebooks.shipped();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    /** The demo users who send the stories' commands (the fixtures record any act as the inspector's). */
    private static final Set<String> PEOPLE = Set.of("inspector", "provider", "council", "manager", "dutydesk",
            "director", "qa");
    private static final String[] EVERY_ROLE = {"INSPECTOR", "PROVIDER", "MANAGER", "DUTY_DESK", "REGIONAL_DIRECTOR",
            "QA_MANAGER"};

    /**
     * Recorded on this visit by a command sent to another: announcing a monitoring visit commissions it on the visit
     * it follows (MonitoringVisitProcess).
     */
    private static final Set<Class<?>> SENT_TO_ANOTHER_VISIT = Set.of(MonitoringVisitCommissioned.class);

    /** The event that tells which command a person sent, and the item it acted on where it names one. */
    private record Telling(String route, Function<Object, String> item) {
    }

    private static final Map<Class<?>, Telling> TELLING = Map.ofEntries(
            telling(AnnexAReturned.class, ANNEX_A),
            telling(FurtherInformationRequested.class, INFORMATION_REQUESTS),
            entry(FurtherInformationReceived.class, new Telling(INFORMATION_FULFILMENT,
                    e -> ((FurtherInformationReceived) e).requestId())),
            telling(InspectorsArrivedOnSite.class, ARRIVAL),
            telling(VerbalFeedbackGiven.class, FEEDBACK),
            telling(VisitWithdrawn.class, WITHDRAWAL),
            entry(NotificationSent.class, new Telling(NOTIFICATION_SENT, e -> ((NotificationSent) e).notificationId())),
            entry(NotificationReceiptConfirmed.class, new Telling(NOTIFICATION_CONFIRMATION,
                    e -> ((NotificationReceiptConfirmed) e).notificationId())),
            telling(ConcernRaised.class, CONCERNS),
            telling(PostVisitDebriefHeld.class, DEBRIEF),
            telling(CaseReviewDecided.class, CASE_REVIEW),
            telling(ProviderConcernRecorded.class, PROVIDER_CONCERNS),
            entry(ProviderConcernEscalated.class, new Telling(PROVIDER_CONCERN_ESCALATION,
                    e -> ((ProviderConcernEscalated) e).providerConcernId())),
            telling(ProvisionalJudgementRevised.class, JUDGEMENT_REVISION),
            telling(ReportSubmittedForQa.class, QA_SUBMISSION),
            telling(DraftReportSent.class, DRAFT),
            telling(ProviderCommentsReceived.class, PROVIDER_COMMENTS),
            telling(FinalReportSent.class, FINAL_REPORT),
            telling(ReportPublished.class, PUBLICATION),
            telling(FormalComplaintLodged.class, COMPLAINTS),
            entry(FormalComplaintResolved.class, new Telling(COMPLAINT_OUTCOME,
                    e -> ((FormalComplaintResolved) e).complaintId())),
            telling(DutyDeskConsulted.class, DUTY_DESK_CALLS),
            telling(VisitConvertedToSection8.class, CONVERSION),
            telling(FactualAccuracyChecked.class, FACTUAL_ACCURACY_CHECK),
            telling(DeferralRequested.class, DEFERRAL_REQUEST),
            telling(DeferralGranted.class, DEFERRAL_DECISION),
            telling(DeferralRefused.class, DEFERRAL_DECISION),
            telling(VisitPaused.class, PAUSE),
            telling(VisitResumed.class, RESUME),
            telling(VisitEndedIncomplete.class, INCOMPLETE),
            telling(PauseAdvised.class, PAUSE_ADVICE),
            telling(InformalConcernHandled.class, INFORMAL_CONCERNS),
            telling(CaseListProvided.class, CASE_LIST),
            telling(CasesSelected.class, CASE_SELECTIONS),
            telling(SampleShortfallJustified.class, SAMPLE_SHORTFALL),
            telling(JudgementRecorded.class, JUDGEMENTS));

    @ParameterizedTest
    @EnumSource(RecordedStory.class)
    void every_command_of_a_recorded_story_was_offered_to_its_sender_just_before_it(RecordedStory story) {
        List<DomainEventMessage<?>> events = story.read().messages();
        VisitPosition position = new VisitPosition();
        int checked = 0;
        for (int start = 0; start < events.size(); ) {
            String correlation = (String) events.get(start).getMetaData().get(EventMetadataKeys.CORRELATION_ID);
            int end = start;
            while (end < events.size()
                    && Objects.equals(correlation, events.get(end).getMetaData().get(EventMetadataKeys.CORRELATION_ID))) {
                end++;
            }
            List<DomainEventMessage<?>> command = events.subList(start, end);
            boolean byPerson = PEOPLE.contains((String) command.get(0).getMetaData().get(EventMetadataKeys.ACTOR));
            Optional<DomainEventMessage<?>> telling = command.stream()
                    .filter(event -> TELLING.containsKey(event.getPayloadType())).findFirst();
            if (byPerson && start > 0 && !SENT_TO_ANOTHER_VISIT.contains(command.get(0).getPayloadType())) {
                assertThat(telling).as("%s: the command of %s names its kind", story, correlation).isPresent();
                Object event = telling.get().getPayload();
                Telling kind = TELLING.get(event.getClass());
                List<NextAction> offered = actions(position, ((VisitEvent) event).occurredAt(), EVERY_ROLE);
                String rel = kind.route().substring("/api/visits/{visitId}/".length());
                String item = kind.item() == null ? null : kind.item().apply(event);
                assertThat(offered).as("%s, %s (%s), at %s", story, correlation, position.status(),
                                event.getClass().getSimpleName())
                        .anyMatch(action -> action.rel().equals(rel)
                                && (item == null || action.href().contains("/" + item + "/")));
                checked++;
            }
            for (DomainEventMessage<?> event : command) {
                position.apply(event.getPayload(), event.getSequenceNumber());
            }
            start = end;
        }
        assertThat(checked).as("commands checked in %s", story).isPositive();
    }

    @Test
    void a_closed_visit_offers_only_complaints_and_nothing_to_an_analyst() {
        VisitPosition closed = fold(RecordedStory.RSS_EASTER_2025);
        assertThat(closed.status()).isEqualTo("CLOSED");
        Instant later = Instant.parse("2026-01-05T10:00:00Z");

        assertThat(rels(actions(closed, later, "INSPECTOR"))).containsExactly("complaints");
        assertThat(rels(actions(closed, later, "PROVIDER"))).containsExactly("complaints");
        assertThat(actions(closed, later, "MANAGER")).isEmpty();
        assertThat(actions(closed, later, "ANALYST")).isEmpty();
        assertThat(actions(closed, later, "AUDITOR")).isEmpty();
    }

    @Test
    void a_withdrawn_visit_offers_no_step_of_its_lifecycle() {
        VisitPosition withdrawn = fold(RecordedStory.SCH_WITHDRAWN_MARCH_2025);
        assertThat(withdrawn.status()).isEqualTo("WITHDRAWN");

        assertThat(rels(actions(withdrawn, Instant.parse("2025-04-01T10:00:00Z"), "INSPECTOR")))
                .allMatch(rel -> rel.startsWith("notifications/"));
        assertThat(actions(withdrawn, Instant.parse("2025-04-01T10:00:00Z"), "DUTY_DESK")).isEmpty();
    }

    @Test
    void each_action_is_offered_to_the_roles_of_its_route_only() {
        VisitPosition announced = new VisitPosition().apply(new VisitAnnounced("v-1", VisitType.SCH_ASSURANCE, "4",
                new Provider("SC000001", "Oakfield", "Kent", "South East"), "Jo Smith", List.of(), List.of(), 3,
                java.time.LocalDate.parse("2025-06-04"), null, null, Instant.parse("2025-06-02T09:00:00Z")), 0);
        Instant now = Instant.parse("2025-06-02T10:00:00Z");

        assertThat(rels(actions(announced, now, "INSPECTOR"))).containsExactly("deferral-request", "arrival",
                "feedback", "concerns", "provider-concerns", "duty-desk-calls", "withdrawal");
        assertThat(rels(actions(announced, now, "PROVIDER"))).containsExactly("deferral-request", "provider-concerns");
        assertThat(rels(actions(announced, now, "DUTY_DESK"))).containsExactly("duty-desk-calls", "pause");
        assertThat(rels(actions(announced, now, "MANAGER"))).containsExactly("withdrawal");
        assertThat(actions(announced, now, "QA_MANAGER")).isEmpty();
        assertThat(actions(announced, now, "REGIONAL_DIRECTOR")).isEmpty();
        assertThat(actions(announced, now, "INSPECTOR")).first().satisfies(action -> {
            assertThat(action.method()).isEqualTo("POST");
            assertThat(action.href()).isEqualTo("/api/visits/v-1/deferral-request");
        });
    }

    private static VisitPosition fold(RecordedStory story) {
        VisitPosition position = new VisitPosition();
        story.read().messages().forEach(event -> position.apply(event.getPayload(), event.getSequenceNumber()));
        return position;
    }

    private static List<NextAction> actions(VisitPosition position, Instant now, String... roles) {
        NextActions next = new NextActions(RULEBOOKS, CALENDAR, Clock.fixed(now, ZoneOffset.UTC));
        Authentication caller = new UsernamePasswordAuthenticationToken("someone", null,
                Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        return next.of(position, caller);
    }

    private static List<String> rels(List<NextAction> actions) {
        return new ArrayList<>(actions.stream().map(NextAction::rel).toList());
    }

    private static Map.Entry<Class<?>, Telling> telling(Class<?> event, String route) {
        return entry(event, new Telling(route, null));
    }
}
