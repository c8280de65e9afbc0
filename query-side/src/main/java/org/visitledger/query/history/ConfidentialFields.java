package org.visitledger.query.history;

import org.visitledger.events.*;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The confidential fields of the record and who may not read them (docs/rules.md, "Who uses it"):
 * <ul>
 * <li>rule ACCESS-CONFIDENTIAL: a concern's details, what was said to the duty desk and why an LA inspection gave no
 * notice may identify a whistle-blower or a child; provisional findings (the feedback summary, a revised judgement and its reasons) stay confidential until
 * the final report is sent, then a provider reads its own. Analysts and providers see these as {@value #REDACTED}.</li>
 * <li>rule ACCESS-CONCERNS-WHILE-LIVE: a provider does not read the summaries of concerns raised while the visit is
 * live, until the visit has ended.</li>
 * <li>rule ACCESS-PROVISIONAL-FLAG: an analyst does not read the provisional finding on serious or widespread
 * concerns (at feedback or as revised) until the final report is sent.</li>
 * <li>rule ACCESS-PROVISIONAL-GRADES: analysts and providers do not read an LA inspection's grades until the final
 * report is sent.</li>
 * <li>rule ACCESS-INTERIM-LATER-INSPECTORS (seed 002): once an interim visit's letter is published, inspectors (those
 * of the school's next inspection among them) no longer read what the visit gathered: its concerns, duty-desk
 * calls, feedback summary, provider concerns and the school's factual-accuracy comments. The letter stays public.</li>
 * </ul>
 */
public final class ConfidentialFields {

    public static final String REDACTED = "[redacted]";

    private ConfidentialFields() {
    }

    /** What of the visit's record decides what a reader sees: read from its events. */
    public record VisitFacts(boolean ended, boolean finalReportSent, boolean interimLetterPublished) {
    }

    /** This event as {@code reader} sees it on a visit with these facts. */
    public static Object redact(Object event, Reader reader, VisitFacts facts) {
        return switch (reader) {
            case INSPECTORATE -> event;
            case INSPECTOR -> facts.interimLetterPublished() ? withoutInterimInformation(event) : event;
            case ANALYST -> {
                Object redacted = withoutConfidentialText(event, false);
                yield facts.finalReportSent() ? redacted : withoutProvisionalGrade(withoutProvisionalFlag(redacted));
            }
            case PROVIDER -> {
                Object redacted = withoutConfidentialText(event, facts.finalReportSent());
                redacted = facts.finalReportSent() ? redacted : withoutProvisionalGrade(redacted);
                yield facts.ended() ? redacted : withoutConcernSummary(redacted);
            }
        };
    }

    private static Object withoutConfidentialText(Object event, boolean findingsReleased) {
        if (event instanceof ConcernRaised e) {
            return new ConcernRaised(e.visitId(), e.concernId(), e.category(), e.summary(), REDACTED, e.occurredAt());
        }
        if (event instanceof DutyDeskConsulted e) {
            return new DutyDeskConsulted(e.visitId(), REDACTED, e.occurredAt());
        }
        if (event instanceof InspectionNoticeGiven e && e.noNoticeDetails() != null) {
            return new InspectionNoticeGiven(e.visitId(), e.fieldworkStartsOn(), e.noticeWorkingDays(),
                    e.noNoticeReason(), REDACTED, e.rule(), e.occurredAt());
        }
        if (event instanceof VerbalFeedbackGiven e && !findingsReleased) {
            return new VerbalFeedbackGiven(e.visitId(), e.seriousOrWidespreadConcerns(), REDACTED, e.occurredAt());
        }
        if (event instanceof ProvisionalJudgementRevised e && !findingsReleased) {
            return new ProvisionalJudgementRevised(e.visitId(), REDACTED, REDACTED, e.occurredAt());
        }
        if (event instanceof SeriousConcernsFindingRevised e && !findingsReleased) {
            return new SeriousConcernsFindingRevised(e.visitId(), e.seriousOrWidespreadConcerns(), REDACTED,
                    e.occurredAt());
        }
        return event;
    }

    private static Object withoutConcernSummary(Object event) {
        if (event instanceof ConcernRaised e) {
            return new ConcernRaised(e.visitId(), e.concernId(), e.category(), REDACTED, e.details(), e.occurredAt());
        }
        return event;
    }

    /** The flag is a boolean: the event is shown as its fields, with the flag's value redacted. */
    private static Object withoutProvisionalFlag(Object event) {
        if (event instanceof VerbalFeedbackGiven || event instanceof SeriousConcernsFindingRevised) {
            return fieldsWith(event, "seriousOrWidespreadConcerns", REDACTED);
        }
        return event;
    }

    /**
     * Rule ACCESS-PROVISIONAL-GRADES: an LA inspection's grades, the limits on them and an override's rationale are
     * shown as fields with these values redacted until the final report.
     */
    private static Object withoutProvisionalGrade(Object event) {
        if (event instanceof JudgementRecorded) {
            Map<String, Object> fields = fieldsWith(event, "proposedGrade", REDACTED);
            fields.replace("grade", REDACTED);
            fields.replace("limits", REDACTED);
            fields.replace("overrideRationale", REDACTED);
            // Which grade caused a reassessment would tell that it crossed a limit's threshold.
            fields.replace("reassessedAfter", REDACTED);
            return fields;
        }
        return event;
    }

    private static Object withoutInterimInformation(Object event) {
        if (event instanceof ConcernRaised e) {
            return new ConcernRaised(e.visitId(), e.concernId(), e.category(), REDACTED, REDACTED, e.occurredAt());
        }
        if (event instanceof DutyDeskConsulted e) {
            return new DutyDeskConsulted(e.visitId(), REDACTED, e.occurredAt());
        }
        if (event instanceof VerbalFeedbackGiven e) {
            return new VerbalFeedbackGiven(e.visitId(), e.seriousOrWidespreadConcerns(), REDACTED, e.occurredAt());
        }
        if (event instanceof ProviderConcernRecorded e) {
            return new ProviderConcernRecorded(e.visitId(), e.providerConcernId(), REDACTED, REDACTED, e.resolved(),
                    e.occurredAt());
        }
        if (event instanceof FactualAccuracyChecked e) {
            return new FactualAccuracyChecked(e.visitId(), REDACTED, e.occurredAt());
        }
        return event;
    }

    private static Map<String, Object> fieldsWith(Object event, String field, Object value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            try {
                fields.put(component.getName(), component.getName().equals(field) ? value
                        : component.getAccessor().invoke(event));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + event, e);
            }
        }
        return fields;
    }
}
