package org.visitledger.query.history;

import org.visitledger.events.*;

/**
 * The confidential fields of the record (rule ACCESS-CONFIDENTIAL): a concern's details and what was said to the
 * duty desk may identify a whistle-blower or a child;
 * provisional findings (the feedback summary, a revised judgement) stay confidential until the final report is
 * sent. Readers outside the inspectorate and audit see these fields as {@value #REDACTED}.
 */
public final class ConfidentialFields {

    public static final String REDACTED = "[redacted]";

    private ConfidentialFields() {
    }

    /**
     * This event as a reader without access to confidential fields sees it. {@code findingsReleased}: the final
     * report has been sent and the reader may see the provisional findings (a provider, for its own visit).
     */
    public static Object redact(Object event, boolean findingsReleased) {
        if (event instanceof ConcernRaised e) {
            return new ConcernRaised(e.visitId(), e.concernId(), e.category(), e.summary(), REDACTED, e.occurredAt());
        }
        if (event instanceof DutyDeskConsulted e) {
            return new DutyDeskConsulted(e.visitId(), REDACTED, e.occurredAt());
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
}
