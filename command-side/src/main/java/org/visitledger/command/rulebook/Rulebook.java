package org.visitledger.command.rulebook;

import org.visitledger.events.DeadlineCode;
import org.visitledger.events.VisitType;

import java.util.List;
import java.util.Optional;

/**
 * The timings of one visit type under one version of the guidance. Loaded from data
 * ({@code rulebooks/*.json}); a visit keeps the version it was announced under for life.
 */
public record Rulebook(VisitType visitType, String version, String source,
                       int defaultLengthDays, int minLengthDays, int maxLengthDays,
                       AnnexARule annexA, boolean furtherInformationAllowed,
                       boolean childFriendlySummaryRequired,
                       List<DeadlineRule> deadlines, List<NotificationRule> notificationsAtAnnouncement) {

    public Optional<AnnexARule> annexARule() {
        return Optional.ofNullable(annexA);
    }

    public List<DeadlineRule> deadlinesStartingAt(DeadlineTrigger trigger) {
        return deadlines.stream().filter(rule -> rule.startsAt() == trigger).toList();
    }

    public Optional<DeadlineRule> deadline(DeadlineCode code) {
        return deadlines.stream().filter(rule -> rule.code() == code).findFirst();
    }
}
