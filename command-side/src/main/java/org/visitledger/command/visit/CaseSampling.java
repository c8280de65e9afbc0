package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.rulebook.CaseSamplingRule;
import org.visitledger.rulebook.LocalAuthorityInspectionRules;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The case sample of an LA inspection (seed 003 paras 47 and 48): the council's case list (rule LA-CASE-LIST), the
 * cases inspectors select before and during fieldwork by anonymised reference (rule LA-CASE-REFERENCE), the minimum
 * sample checked when fieldwork ends (rule LA-CASE-SAMPLE-MINIMUM) and a justified shortfall (rule
 * LA-SAMPLE-SHORTFALL).
 */
final class CaseSampling extends VisitArea {

    /** A case reference, not a name: letters, digits, '-' and '/', starting with a letter or digit. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]{0,39}");

    private boolean caseListProvided;
    private final Set<String> references = new HashSet<>();
    private final Map<SamplingStage, Map<CaseKind, Integer>> selected = new LinkedHashMap<>();
    private boolean shortfallJustified;

    CaseSampling(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(RecordCaseList command, VisitRules rules) {
        VisitProgress progress = visit.progress();
        Instant at = visit.occurredAt(command.occurredAt(), visit.announcedAt());
        LocalAuthorityInspection.rules(visit, rules);
        progress.requireBeforeEnd();
        if (command.safeguardingCases() < 0 || command.lookedAfterCases() < 0) {
            throw new InvalidCommandException(command.safeguardingCases() < 0 ? "safeguardingCases"
                    : "lookedAfterCases", "a number of cases is 0 or more");
        }
        if (caseListProvided) {
            throw visit.refused(Refusal.CASE_LIST_ALREADY_PROVIDED, "the council's case list was already recorded");
        }
        apply(new CaseListProvided(visit.id(), command.safeguardingCases(), command.lookedAfterCases(), at));
        visit.deadlines().meet(visit.id(), DeadlineCode.CASE_LIST, at);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(SelectCases command, VisitRules rules) {
        VisitProgress progress = visit.progress();
        // A selection once the inspectors are on site is during fieldwork, so it is not dated before they arrived.
        SamplingStage stage = progress.status() == VisitStatus.ON_SITE ? SamplingStage.DURING_FIELDWORK
                : SamplingStage.BEFORE_FIELDWORK;
        Instant at = visit.occurredAt(command.occurredAt(), stage == SamplingStage.DURING_FIELDWORK
                ? progress.lastMilestoneAt() : visit.announcedAt());
        CaseSamplingRule sampling = LocalAuthorityInspection.rules(visit, rules).caseSampling();
        progress.requireBeforeEnd();
        List<SampledCase> cases = normalised(command.cases());
        if (!caseListProvided) {
            throw visit.refused(Refusal.CASE_LIST_NOT_PROVIDED, "inspectors select cases from the council's case "
                    + "list; record the list first");
        }
        apply(new CasesSelected(visit.id(), stage, cases, at));
        if (stage == SamplingStage.BEFORE_FIELDWORK && shortfalls(sampling).stream()
                .noneMatch(shortfall -> shortfall.stage() == SamplingStage.BEFORE_FIELDWORK)) {
            visit.deadlines().meet(visit.id(), DeadlineCode.INITIAL_CASE_SELECTION, at);
        }
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(JustifySampleShortfall command, VisitRules rules) {
        VisitProgress progress = visit.progress();
        Instant at = visit.occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        CaseSamplingRule sampling = LocalAuthorityInspection.rules(visit, rules).caseSampling();
        progress.requireStatus(VisitStatus.ON_SITE, "a shortfall in the case sample is justified during fieldwork");
        List<SampleShortfall> shortfalls = shortfalls(sampling);
        if (shortfalls.isEmpty()) {
            throw visit.refused(Refusal.CASE_SAMPLE_COMPLETE, "the case sample already meets its minimum");
        }
        apply(new SampleShortfallJustified(visit.id(), shortfalls, command.justification(), at));
        return CommandOutcome.of(null);
    }

    /** Rule LA-CASE-SAMPLE-MINIMUM: fieldwork ends with the minimum sample or a justified shortfall. */
    void requireMinimumSample(LocalAuthorityInspectionRules rules) {
        List<SampleShortfall> shortfalls = shortfalls(rules.caseSampling());
        if (!shortfalls.isEmpty() && !shortfallJustified) {
            throw visit.refused(Refusal.CASE_SAMPLE_BELOW_MINIMUM, "fieldwork ends with at least the minimum case "
                    + "sample, or a justified shortfall; short: " + describe(shortfalls));
        }
    }

    private List<SampleShortfall> shortfalls(CaseSamplingRule sampling) {
        return sampling.shortfalls(selected);
    }

    private static String describe(List<SampleShortfall> shortfalls) {
        return String.join(", ", shortfalls.stream().map(shortfall -> shortfall.kind() + " " + shortfall.stage()
                + " " + shortfall.selected() + " of " + shortfall.minimum()).toList());
    }

    /**
     * Rule LA-CASE-REFERENCE: anonymised references, recorded in upper case so that {@code sg-1} and {@code SG-1}
     * are one case, each selected once per inspection.
     */
    private List<SampledCase> normalised(List<SampledCase> cases) {
        if (cases == null || cases.isEmpty()) {
            throw new InvalidCommandException("cases", "select at least one case");
        }
        List<SampledCase> selected = new ArrayList<>();
        Set<String> inCommand = new HashSet<>();
        for (SampledCase sampled : cases) {
            if (sampled == null || sampled.kind() == null || sampled.reference() == null
                    || !REFERENCE.matcher(sampled.reference()).matches()) {
                throw new InvalidCommandException("cases", "each case has a kind (SAFEGUARDING or LOOKED_AFTER) and "
                        + "an anonymised reference of up to 40 letters, digits, '-' or '/', never a child's name");
            }
            String reference = sampled.reference().toUpperCase(Locale.ROOT);
            if (!inCommand.add(reference)) {
                throw new InvalidCommandException("cases", "case " + reference + " is listed twice");
            }
            if (references.contains(reference)) {
                throw visit.refused(Refusal.DUPLICATE_CASE_REFERENCE, "case " + reference
                        + " was already selected for this inspection");
            }
            selected.add(new SampledCase(reference, sampled.kind()));
        }
        return List.copyOf(selected);
    }

    @EventSourcingHandler
    void on(CaseListProvided event) {
        caseListProvided = true;
    }

    /** A justification describes the sample as it stood: selecting more cases calls for a new one if still short. */
    @EventSourcingHandler
    void on(CasesSelected event) {
        shortfallJustified = false;
        Map<CaseKind, Integer> counts = selected.computeIfAbsent(event.stage(), stage -> new LinkedHashMap<>());
        for (SampledCase sampled : event.cases()) {
            references.add(sampled.reference());
            counts.merge(sampled.kind(), 1, Integer::sum);
        }
    }

    @EventSourcingHandler
    void on(SampleShortfallJustified event) {
        shortfallJustified = true;
    }
}
