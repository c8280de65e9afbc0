package org.visitledger.command.visit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.visitledger.events.EventMetadataKeys;
import org.visitledger.events.VisitEvent;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.lifecycle.NextAction;
import org.visitledger.lifecycle.NextActions;
import org.visitledger.lifecycle.VisitPosition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.command.visit.VisitFixtures.CALENDAR;
import static org.visitledger.command.visit.VisitFixtures.RULEBOOKS;
import static org.visitledger.lifecycle.CommandRoutes.*;

/**
 * Rule VISIT-NEXT-ACTIONS, the other way round from platform's NextActionsTest: at every step of the recorded visit
 * stories, each action offered whose command takes no more than a reason or a note is sent, dated at the visit's
 * latest event, to the Visit aggregate in exactly that state, and the aggregate accepts it. (The other commands need
 * bodies that depend on the visit, such as a grade for an area; they are left to the HTTP tests.)
 */
class NextActionsAcceptedTest {

    private static final String NOTE = "Recorded by the next-actions check";

    /** The commands built from an offered action's visit, the item it names (or null) and when it is sent. */
    private static final Map<String, Command> COMMANDS = Map.ofEntries(
            entry(ANNEX_A, (v, item, at) -> new RecordAnnexAReturned(v, null, at)),
            entry(ARRIVAL, (v, item, at) -> new RecordArrivalOnSite(v, null, at)),
            entry(QA_SUBMISSION, (v, item, at) -> new SubmitReportForQa(v, null, at)),
            entry(DRAFT, (v, item, at) -> new SendDraftReport(v, null, at)),
            entry(PROVIDER_COMMENTS, (v, item, at) -> new RecordProviderComments(v, null, NOTE, at)),
            entry(FACTUAL_ACCURACY_CHECK, (v, item, at) -> new RecordFactualAccuracyCheck(v, null, NOTE, at)),
            entry(WITHDRAWAL, (v, item, at) -> new WithdrawVisit(v, null, NOTE, at)),
            entry(PAUSE, (v, item, at) -> new PauseVisit(v, null, NOTE, at)),
            entry(PAUSE_ADVICE, (v, item, at) -> new AdviseOnPause(v, null, NOTE, at)),
            entry(RESUME, (v, item, at) -> new ResumeVisit(v, null, NOTE, at)),
            entry(INCOMPLETE, (v, item, at) -> new EndVisitIncomplete(v, null, NOTE, at)),
            entry(DEFERRAL_REQUEST, (v, item, at) -> new RequestDeferral(v, null, NOTE, at)),
            entry(DUTY_DESK_CALLS, (v, item, at) -> new RecordDutyDeskCall(v, null, NOTE, at)),
            entry(DEBRIEF, (v, item, at) -> new HoldPostVisitDebrief(v, null, NOTE, at)),
            entry(NOTIFICATION_SENT, (v, item, at) -> new RecordNotificationSent(v, null, item, at)),
            entry(NOTIFICATION_CONFIRMATION, (v, item, at) -> new ConfirmNotificationReceipt(v, null, item, at)),
            entry(INFORMATION_FULFILMENT, (v, item, at) -> new RecordFurtherInformationReceived(v, null, item, at)));

    private interface Command {
        Object of(String visitId, String item, Instant at);
    }

    @ParameterizedTest
    @EnumSource(RecordedStory.class)
    void every_offered_action_is_one_the_visit_accepts_in_that_state(RecordedStory story) {
        List<DomainEventMessage<?>> events = story.read().messages();
        List<String> refused = new ArrayList<>();
        int sent = 0;
        for (int end = 1; end <= events.size(); end++) {
            if (end < events.size() && Objects.equals(correlation(events.get(end - 1)), correlation(events.get(end)))) {
                continue;   // offers are checked between commands, not in the middle of one
            }
            List<DomainEventMessage<?>> prefix = events.subList(0, end);
            VisitPosition position = new VisitPosition();
            prefix.forEach(event -> position.apply(event.getPayload(), event.getSequenceNumber()));
            Instant at = prefix.stream().map(event -> ((VisitEvent) event.getPayload()).occurredAt())
                    .max(Instant::compareTo).orElseThrow();
            for (NextAction action : offered(position, at)) {
                String route = routeOf(action);
                Command command = COMMANDS.get(route);
                if (command == null) {
                    continue;
                }
                String item = itemOf(route, action);
                Object sentCommand = command.of(position.visitId(), item, at);
                sent++;
                String why = refusal(prefix, sentCommand);
                if (why != null) {
                    refused.add(position.status() + " v" + position.version() + ": " + action.rel()
                            + (item == null ? "" : " " + item) + ": " + why);
                }
            }
        }
        System.out.printf("%s: %d offered actions sent, %d not accepted%n", story, sent, refused.size());
        assertThat(sent).as("offered actions sent in %s", story).isPositive();
        assertThat(refused).as("offered in %s but refused by the visit", story).isEmpty();
    }

    /** Why the aggregate did not accept the command after these events; null when it did. */
    private static String refusal(List<DomainEventMessage<?>> given, Object command) {
        try {
            VisitFixtures.fixture().given(new ArrayList<>(given)).when(command).expectSuccessfulHandlerExecution();
            return null;
        } catch (AssertionError notAccepted) {
            String why = String.valueOf(notAccepted.getMessage());
            int trace = why.indexOf("Stack trace follows:");
            return (trace < 0 ? why : why.substring(trace + "Stack trace follows:".length())).strip().lines()
                    .findFirst().orElse(why);
        }
    }

    private static List<NextAction> offered(VisitPosition position, Instant now) {
        NextActions next = new NextActions(RULEBOOKS, CALENDAR, Clock.fixed(now, ZoneOffset.UTC));
        var everyRole = new UsernamePasswordAuthenticationToken("someone", null, Stream.of("INSPECTOR", "PROVIDER",
                "MANAGER", "DUTY_DESK", "REGIONAL_DIRECTOR", "QA_MANAGER").map(role ->
                new SimpleGrantedAuthority("ROLE_" + role)).toList());
        return next.of(position, everyRole);
    }

    private static String routeOf(NextAction action) {
        return "/api/visits/{visitId}/" + action.rel();
    }

    /** The item's id in the action's href, where its route names one. */
    private static String itemOf(String route, NextAction action) {
        int variable = route.indexOf("/{", "/api/visits/{visitId}".length());
        if (variable < 0) {
            return null;
        }
        String after = action.href().substring(action.href().indexOf('/', "/api/visits/".length()));
        String[] routeParts = route.substring("/api/visits/{visitId}".length()).split("/");
        String[] hrefParts = after.split("/");
        for (int i = 0; i < routeParts.length; i++) {
            if (routeParts[i].startsWith("{")) {
                return hrefParts[i];
            }
        }
        return null;
    }

    private static Object correlation(DomainEventMessage<?> event) {
        return event.getMetaData().get(EventMetadataKeys.CORRELATION_ID);
    }
}
