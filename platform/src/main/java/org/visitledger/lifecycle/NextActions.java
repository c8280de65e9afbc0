package org.visitledger.lifecycle;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.events.NotificationChannel;
import org.visitledger.rulebook.CaseSamplingRule;
import org.visitledger.rulebook.LetterRule;
import org.visitledger.rulebook.LocalAuthorityInspectionRules;
import org.visitledger.rulebook.Rulebook;
import org.visitledger.rulebook.Rulebooks;
import org.visitledger.security.CallerRoles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.visitledger.lifecycle.CommandRoutes.*;

/**
 * The commands a caller may send next to a visit (issue 21), so that a client need not hard-code the lifecycle: each
 * route of {@link CommandRoutes} whose roles include one of the caller's and whose rule the visit's state meets, as
 * the {@code Visit} aggregate's guards read it (rule VISIT-NEXT-ACTIONS). What a command says can still be refused
 * (a body the rules do not allow, a date out of order): its 400 or 409 names why.
 */
@Component
public class NextActions {

    private static final String VISIT = "/api/visits/{visitId}/";
    private static final Set<String> FINISHED = Set.of("WITHDRAWN", "CLOSED", "DEFERRED", "INCOMPLETE", "CONVERTED");
    private static final Set<String> REPORT_SENT = Set.of("FINAL_SENT", "PUBLISHED", "CLOSED");
    private static final Set<String> JUDGING = Set.of("ON_SITE", "VISIT_ENDED", "IN_QA", "DRAFT_SENT",
            "COMMENTS_RECEIVED");

    /** A command offered when the visit's state meets its rule. */
    private record Offer(String path, Predicate<Situation> allowed) {
    }

    /** A command on one of the visit's items, offered for each item open to it. */
    private record ItemOffer(String path, Function<VisitPosition, Collection<String>> items) {
    }

    /** The order a person meets them in: the lifecycle first, the side paths after. */
    private static final List<Offer> OFFERS = List.of(
            new Offer(DEFERRAL_REQUEST, s -> s.is("ANNOUNCED") && !s.visit.deferralPending()),
            new Offer(DEFERRAL_DECISION, s -> s.is("ANNOUNCED") && s.visit.deferralPending()),
            new Offer(ANNEX_A, s -> s.live() && s.visit.annexAOutstanding()),
            new Offer(INFORMATION_REQUESTS, s -> s.rulebook.furtherInformationAllowed() && s.beforeEnd()
                    && s.visit.annexAReturned()),
            new Offer(CASE_LIST, s -> s.la().isPresent() && s.beforeEnd() && !s.visit.caseListProvided()),
            new Offer(CASE_SELECTIONS, s -> s.la().isPresent() && s.beforeEnd() && s.visit.caseListProvided()),
            new Offer(ARRIVAL, s -> s.is("ANNOUNCED")),
            new Offer(SAMPLE_SHORTFALL, s -> s.is("ON_SITE") && s.sampleShort().orElse(false)),
            new Offer(FEEDBACK, Situation::mayGiveFeedback),
            new Offer(CONCERNS, Situation::live),
            new Offer(PROVIDER_CONCERNS, Situation::live),
            new Offer(DUTY_DESK_CALLS, s -> !FINISHED.contains(s.status())),
            new Offer(CONVERSION, s -> s.visit.visitType() == org.visitledger.events.VisitType.SCHOOL_INTERIM
                    && s.beforeEnd() && s.visit.dutyDeskConsultedOnSignificantConcern()),
            new Offer(PAUSE, Situation::beforeEnd),
            new Offer(PAUSE_ADVICE, s -> s.is("PAUSED")),
            new Offer(RESUME, Situation::mayLeavePause),
            new Offer(INCOMPLETE, Situation::mayLeavePause),
            new Offer(WITHDRAWAL, Situation::beforeEnd),
            new Offer(JUDGEMENTS, s -> s.la().isPresent() && JUDGING.contains(s.status())),
            new Offer(INFORMAL_CONCERNS, Situation::theWorkingDayAfterTheVisit),
            new Offer(DEBRIEF, s -> s.visit.debriefPending()),
            new Offer(CASE_REVIEW, s -> s.visit.caseReviewPending()),
            new Offer(FACTUAL_ACCURACY_CHECK, s -> s.letter().map(LetterRule::factualAccuracyCheck).orElse(false)
                    && s.is("VISIT_ENDED") && !s.visit.factualAccuracyChecked()),
            new Offer(JUDGEMENT_REVISION, s -> s.report() && (s.is("VISIT_ENDED") || s.is("IN_QA"))),
            new Offer(QA_SUBMISSION, s -> s.report() && s.is("VISIT_ENDED")),
            new Offer(DRAFT, s -> s.report() && s.is("IN_QA") && !s.visit.revisedJudgementUntold()),
            new Offer(PROVIDER_COMMENTS, s -> s.report() && s.is("DRAFT_SENT")),
            new Offer(FINAL_REPORT, Situation::maySendFinalReport),
            new Offer(PUBLICATION, Situation::mayPublish),
            new Offer(COMPLAINTS, s -> !s.is("WITHDRAWN")
                    && (REPORT_SENT.contains(s.status()) || s.rulebook.complaintsDuringInspection())));

    private static final List<ItemOffer> ITEM_OFFERS = List.of(
            new ItemOffer(NOTIFICATION_SENT, visit -> visit.notifications().entrySet().stream()
                    .filter(n -> !n.getValue().sent() && !n.getValue().cancelled()).map(Map.Entry::getKey).toList()),
            new ItemOffer(NOTIFICATION_CONFIRMATION, visit -> visit.notifications().entrySet().stream()
                    .filter(n -> n.getValue().channel() == NotificationChannel.EMAIL_THEN_PHONE
                            && n.getValue().sent() && !n.getValue().confirmed()).map(Map.Entry::getKey).toList()),
            new ItemOffer(INFORMATION_FULFILMENT, visit -> live(visit.status()) ? visit.outstandingRequests() : Set.of()),
            new ItemOffer(PROVIDER_CONCERN_ESCALATION,
                    visit -> live(visit.status()) ? visit.unresolvedProviderConcerns() : Set.of()),
            new ItemOffer(COMPLAINT_OUTCOME, VisitPosition::openComplaints));

    /** Who may send each command, looked up once per offer rather than searched for. */
    private static final Map<String, List<String>> ROLES_BY_PATH = CommandRoutes.ALL.stream()
            .collect(Collectors.toMap(CommandRoutes.Route::path, CommandRoutes.Route::roles));

    private final Rulebooks rulebooks;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public NextActions(Rulebooks rulebooks, WorkingDayCalendar calendar, Clock clock) {
        this.rulebooks = rulebooks;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The commands the caller may send to the visit in this position. */
    public List<NextAction> of(VisitPosition visit, Authentication caller) {
        Set<String> roles = Set.copyOf(CallerRoles.of(caller));
        Situation situation = new Situation(visit, rulebooks.version(visit.visitType(), visit.rulebookVersion()),
                clock.instant(), calendar);
        List<NextAction> actions = new ArrayList<>();
        for (Offer offer : OFFERS) {
            if (mayUse(offer.path(), roles) && offer.allowed().test(situation)) {
                actions.add(action(offer.path(), visit.visitId(), null));
            }
        }
        for (ItemOffer offer : ITEM_OFFERS) {
            if (mayUse(offer.path(), roles)) {
                offer.items().apply(visit).forEach(item -> actions.add(action(offer.path(), visit.visitId(), item)));
            }
        }
        return actions;
    }

    private static NextAction action(String path, String visitId, String item) {
        String rel = path.substring(VISIT.length());
        String href = path.replace("{visitId}", visitId);
        if (item != null) {
            href = href.replaceFirst("\\{[^}]+}", item);
        }
        return new NextAction(rel, "POST", href);
    }

    private static boolean mayUse(String path, Set<String> roles) {
        return ROLES_BY_PATH.getOrDefault(path, List.of()).stream().anyMatch(roles::contains);
    }

    /** No activity after a side exit (rule VISIT-SIDE-EXIT-FINAL) nor while paused (rule PAUSE-VISIT). */
    private static boolean live(String status) {
        return !FINISHED.contains(status) && !"PAUSED".equals(status);
    }

    /** The visit's state with what its rules need: its rulebook, the calendar and now. */
    private record Situation(VisitPosition visit, Rulebook rulebook, Instant now, WorkingDayCalendar calendar) {

        String status() {
            return visit.status();
        }

        boolean is(String status) {
            return status.equals(visit.status());
        }

        boolean live() {
            return NextActions.live(status());
        }

        boolean beforeEnd() {
            return is("ANNOUNCED") || is("ON_SITE");
        }

        Optional<LetterRule> letter() {
            return rulebook.letterRule();
        }

        /** Visits that end in a letter have no QA, draft or final report (NO_REPORT_FOR_VISIT_TYPE). */
        boolean report() {
            return letter().isEmpty();
        }

        Optional<LocalAuthorityInspectionRules> la() {
            return rulebook.localAuthorityInspectionRules();
        }

        /** Rule LA-CASE-SAMPLE-MINIMUM: whether the sample is short of its minimum (empty for other visits). */
        Optional<Boolean> sampleShort() {
            return la().map(LocalAuthorityInspectionRules::caseSampling)
                    .map((CaseSamplingRule sampling) -> !sampling.shortfalls(visit.selectedCases()).isEmpty());
        }

        /** Rules RSS-ON-SITE-ACTIVITY and LA-CASE-SAMPLE-MINIMUM: feedback ends on-site work where there must be some. */
        boolean mayGiveFeedback() {
            if (!beforeEnd() || (rulebook.onSiteActivityRequired() && !is("ON_SITE"))) {
                return false;
            }
            return la().isEmpty() || (is("ON_SITE") && (!sampleShort().orElse(false) || visit.shortfallJustified()));
        }

        /** Rule PAUSE-DIRECTOR-ADVICE: a paused visit is resumed or ended once the regional director has advised. */
        boolean mayLeavePause() {
            return is("PAUSED") && (!rulebook.pauseNeedsRegionalDirectorAdvice() || visit.pauseAdvised());
        }

        /** Rule INFORMAL-CONCERN-NEXT-DAY: only on the working day after the visit (today, as a command made now). */
        boolean theWorkingDayAfterTheVisit() {
            return visit.lastDayOfVisit() != null
                    && calendar.dayOf(now).equals(calendar.workingDaysAfter(visit.lastDayOfVisit(), 1));
        }

        /** After the provider's comments, or once their window has lapsed; an LA report grades every area. */
        boolean maySendFinalReport() {
            boolean commentsDone = is("COMMENTS_RECEIVED") || (is("DRAFT_SENT")
                    && visit.providerCommentsDueAt() != null && !now.isBefore(visit.providerCommentsDueAt()));
            return report() && commentsDone
                    && la().map(rules -> rules.ungraded(visit::graded).isEmpty()).orElse(true);
        }

        /** A letter once the visit has ended (and the school has checked it); a report once it has been sent. */
        boolean mayPublish() {
            return letter().map(letter -> is("VISIT_ENDED")
                    && (!letter.factualAccuracyCheck() || visit.factualAccuracyChecked())).orElse(is("FINAL_SENT"));
        }
    }
}
