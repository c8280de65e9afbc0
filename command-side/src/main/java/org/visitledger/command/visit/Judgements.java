package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.rulebook.LimitingJudgementRule;
import org.visitledger.rulebook.LocalAuthorityInspectionRules;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The graded judgements of an LA inspection (seed 003 paras 27 to 32): one grade per area of each element's
 * evaluation schedule (rule LA-JUDGEMENT-SCHEDULE), limited by the limiting-judgement rules (rule
 * LA-LIMITING-JUDGEMENTS) unless the inspector overrides them with a rationale (rule LA-LIMIT-OVERRIDE), and reassessed
 * when a grade they read changes (rule LA-LIMIT-REASSESSED). Grades are provisional until the final report, which
 * needs every area graded (rule LA-JUDGEMENTS-COMPLETE).
 */
final class Judgements extends VisitArea {

    /** A grade that stands, with the inspector's own grade and the overrides they recorded for it. */
    private record Judged(Grade proposed, Grade grade, List<GradeLimit> limits, Set<String> overridden,
                          String rationale) {
    }

    private final Map<InspectionElement, Map<JudgementArea, Judged>> judged = new EnumMap<>(InspectionElement.class);

    Judgements(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(RecordJudgement command, VisitRules rules) {
        VisitProgress progress = visit.progress();
        // Grades come from fieldwork: never dated before the arrival, nor before a later milestone.
        Instant at = visit.occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        LocalAuthorityInspectionRules la = LocalAuthorityInspection.rules(visit, rules);
        InspectionElement element = command.element();
        requireValid(command, la);
        progress.requireNotFinished();
        if (progress.status() == VisitStatus.ANNOUNCED) {
            throw visit.refused(Refusal.FIELDWORK_NOT_STARTED, "judgements are made from the evidence of fieldwork; "
                    + "record its start (arrival) first");
        }
        if (progress.status().compareTo(VisitStatus.FINAL_SENT) >= 0) {
            throw visit.refused(Refusal.FINAL_REPORT_ALREADY_SENT, "grades are provisional until the final report, "
                    + "and final once it is sent");
        }
        List<LimitingJudgementRule> limiting = la.limitsOn(element, command.area());
        requireGradesItReads(element, command.area(), limiting);
        Set<String> overrides = new HashSet<>();
        if (command.overrideLimits()) {
            limiting.forEach(rule -> overrides.add(rule.rule()));
        }
        GradeLimits.Assessment assessment = GradeLimits.assess(limiting, command.grade(),
                area -> standing(element, area), overrides);
        if (command.overrideLimits() && assessment.limits().isEmpty()) {
            throw visit.refused(Refusal.NO_LIMIT_TO_OVERRIDE, "no limiting judgement lowers " + command.grade()
                    + " for " + element + " " + command.area() + "; leave overrideLimits out");
        }
        apply(new JudgementRecorded(visit.id(), element, command.area(), command.grade(), assessment.grade(),
                assessment.limits(), command.overrideLimits() ? command.overrideRationale().strip() : null, null,
                at));
        reassessReaders(element, command.area(), la, at);
        return CommandOutcome.of(null);
    }

    /** Rule LA-JUDGEMENTS-COMPLETE: the areas of both schedules not yet graded, as ELEMENT/AREA. */
    List<String> ungraded(LocalAuthorityInspectionRules la) {
        return la.ungraded((element, area) -> standing(element, area) != null);
    }

    /**
     * Rule LA-LIMIT-REASSESSED: every grade a limiting rule reads from the changed one is assessed again with its
     * inspector's grade and overrides; a changed outcome is recorded, naming the area that caused it, and may in turn
     * change the grades that read it.
     */
    private void reassessReaders(InspectionElement element, JudgementArea changed, LocalAuthorityInspectionRules la,
                                 Instant at) {
        Deque<JudgementArea> changes = new ArrayDeque<>(List.of(changed));
        while (!changes.isEmpty()) {
            JudgementArea cause = changes.pop();
            for (JudgementArea reader : la.limitsReading(element, cause).stream().map(LimitingJudgementRule::area)
                    .distinct().toList()) {
                Judged current = judged.getOrDefault(element, Map.of()).get(reader);
                if (current == null) {
                    continue;
                }
                GradeLimits.Assessment again = GradeLimits.assess(la.limitsOn(element, reader), current.proposed(),
                        area -> standing(element, area), current.overridden());
                if (again.grade() != current.grade() || !again.limits().equals(current.limits())) {
                    boolean anyOverridden = again.limits().stream().anyMatch(GradeLimit::overridden);
                    apply(new JudgementRecorded(visit.id(), element, reader, current.proposed(), again.grade(),
                            again.limits(), anyOverridden ? current.rationale() : null, cause, at));
                    changes.add(reader);
                }
            }
        }
    }

    private void requireValid(RecordJudgement command, LocalAuthorityInspectionRules la) {
        if (command.element() == null || command.area() == null || command.grade() == null) {
            throw new InvalidCommandException(command.element() == null ? "element" : command.area() == null ? "area"
                    : "grade", "must not be null");
        }
        if (!la.schedule(command.element()).contains(command.area())) {
            throw new InvalidCommandException("area", command.area() + " is not an area of the " + command.element()
                    + " evaluation schedule; its areas are " + la.schedule(command.element()));
        }
        boolean rationale = command.overrideRationale() != null && !command.overrideRationale().isBlank();
        if (command.overrideLimits() && !rationale) {
            throw new InvalidCommandException("overrideRationale", "a limiting judgement is overridden only with "
                    + "a recorded rationale");
        }
        if (!command.overrideLimits() && command.overrideRationale() != null) {
            throw new InvalidCommandException("overrideRationale", "a rationale goes with overrideLimits: true");
        }
    }

    /** Rule LA-LIMITING-JUDGEMENTS: the grades a limiting rule reads are made first. */
    private void requireGradesItReads(InspectionElement element, JudgementArea area,
                                      List<LimitingJudgementRule> limiting) {
        List<JudgementArea> missing = limiting.stream().flatMap(rule -> rule.ifAnyOf().stream()).distinct()
                .filter(input -> standing(element, input) == null).toList();
        if (!missing.isEmpty()) {
            throw visit.refused(Refusal.LIMITING_GRADES_MISSING, element + " " + area + " may be limited by "
                    + missing + "; grade those first");
        }
    }

    private Grade standing(InspectionElement element, JudgementArea area) {
        Judged judgement = judged.getOrDefault(element, Map.of()).get(area);
        return judgement == null ? null : judgement.grade();
    }

    @EventSourcingHandler
    void on(JudgementRecorded event) {
        Map<JudgementArea, Judged> areas = judged.computeIfAbsent(event.element(),
                element -> new EnumMap<>(JudgementArea.class));
        Judged before = areas.get(event.area());
        Set<String> overridden = new HashSet<>();
        String rationale = event.overrideRationale();
        if (event.reassessedAfter() != null && before != null) {
            // A reassessment keeps the inspector's decisions: the overrides they made stay made.
            overridden.addAll(before.overridden());
            rationale = rationale != null ? rationale : before.rationale();
        }
        event.limits().stream().filter(GradeLimit::overridden).forEach(limit -> overridden.add(limit.rule()));
        areas.put(event.area(), new Judged(event.proposedGrade(), event.grade(), event.limits(), Set.copyOf(overridden),
                rationale));
    }
}
