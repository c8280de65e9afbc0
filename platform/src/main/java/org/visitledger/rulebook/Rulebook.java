package org.visitledger.rulebook;

import org.visitledger.events.ConcernCategory;
import org.visitledger.events.DeadlineCode;
import org.visitledger.events.VisitType;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The timings of one visit type under one version of the guidance. Loaded from data ({@code rulebooks/*.json}:
 * rule RULEBOOK-DATA); a visit keeps the version it was announced under for life (rule RULEBOOK-PINNED). Sections a
 * visit type does not have are left out of its file (no Annex A, no concern categories, no monitoring visit).
 */
public record Rulebook(VisitType visitType, String version, String source,
                       int defaultLengthDays, int minLengthDays, int maxLengthDays,
                       AnnexARule annexA, boolean furtherInformationAllowed,
                       boolean childFriendlySummaryRequired,
                       List<DeadlineRule> deadlines, List<NotificationRule> notificationsAtAnnouncement,
                       List<ConcernCategory> concernCategories, List<NotificationRule> notificationsAtSeriousConcerns,
                       List<NotificationRule> notificationsAtCaseReview, MonitoringVisitRule monitoringVisit,
                       Boolean onSiteTheDayAfterNotice, LetterRule letter, ArrivalDeadlineRule arrivalDeadline,
                       List<NotificationRule> notificationsAtConversion, Boolean requirementsAllowed,
                       Boolean onSiteActivityRequired, Boolean localAuthorityDutyNeedsPhoneCall,
                       Boolean notificationsEndWithVisit,
                       Map<VisitType, List<NotificationRule>> notificationsAtSeriousConcernsAfter,
                       Boolean nonStandardLengthNeedsAgreement, Boolean pauseNeedsRegionalDirectorAdvice,
                       LocalAuthorityInspectionRules localAuthorityInspection,
                       Map<ConcernCategory, List<NotificationRule>> notificationsAtConcern,
                       List<NotificationRule> notificationsAtDraft, List<NotificationRule> notificationsAtFinalReport,
                       Boolean complaintsDuringInspection, Boolean postVisitSurvey) {

    public Rulebook {
        deadlines = Objects.requireNonNullElse(deadlines, List.of());
        notificationsAtAnnouncement = Objects.requireNonNullElse(notificationsAtAnnouncement, List.of());
        concernCategories = Objects.requireNonNullElse(concernCategories, List.of());
        notificationsAtSeriousConcerns = Objects.requireNonNullElse(notificationsAtSeriousConcerns, List.of());
        notificationsAtCaseReview = Objects.requireNonNullElse(notificationsAtCaseReview, List.of());
        onSiteTheDayAfterNotice = Boolean.TRUE.equals(onSiteTheDayAfterNotice);
        notificationsAtConversion = Objects.requireNonNullElse(notificationsAtConversion, List.of());
        // Versions that predate these settings behave as they always did: requirements allowed, no on-site check,
        // the local-authority duty done once the emails are sent, notifications left outstanding after a side exit.
        requirementsAllowed = !Boolean.FALSE.equals(requirementsAllowed);
        onSiteActivityRequired = Boolean.TRUE.equals(onSiteActivityRequired);
        localAuthorityDutyNeedsPhoneCall = Boolean.TRUE.equals(localAuthorityDutyNeedsPhoneCall);
        notificationsEndWithVisit = Boolean.TRUE.equals(notificationsEndWithVisit);
        // Rules VISIT-LENGTH-AGREED and PAUSE-DIRECTOR-ADVICE (RSS and SCH from version 4, MONITORING from 3).
        nonStandardLengthNeedsAgreement = Boolean.TRUE.equals(nonStandardLengthNeedsAgreement);
        pauseNeedsRegionalDirectorAdvice = Boolean.TRUE.equals(pauseNeedsRegionalDirectorAdvice);
        notificationsAtSeriousConcernsAfter = Map.copyOf(
                Objects.requireNonNullElse(notificationsAtSeriousConcernsAfter, Map.of()));
        // Seed 003 (LA inspections): notifications a concern category, the draft and the final report require;
        // complaints at any stage (rule LA-COMPLAINT-WINDOW); no post-visit survey. Other types have none of these.
        notificationsAtConcern = Map.copyOf(Objects.requireNonNullElse(notificationsAtConcern, Map.of()));
        notificationsAtDraft = Objects.requireNonNullElse(notificationsAtDraft, List.of());
        notificationsAtFinalReport = Objects.requireNonNullElse(notificationsAtFinalReport, List.of());
        complaintsDuringInspection = Boolean.TRUE.equals(complaintsDuringInspection);
        postVisitSurvey = !Boolean.FALSE.equals(postVisitSurvey);
    }

    /** The LA inspection's own rules: notice, case sample, evaluation schedules, limiting judgements. */
    public Optional<LocalAuthorityInspectionRules> localAuthorityInspectionRules() {
        return Optional.ofNullable(localAuthorityInspection);
    }

    /** The notifications a concern of this category requires as soon as it is raised (rule LA-RISK-OF-HARM). */
    public List<NotificationRule> notificationsAtConcern(ConcernCategory category) {
        return notificationsAtConcern.getOrDefault(category, List.of());
    }

    /**
     * The notifications serious or widespread concerns require on a visit of this type that follows a visit of
     * {@code followedType} (null: none, or not recorded): the followed type's own list where this version has one
     * (MONITORING from version 3, rule MONITORING-CONCERNS-AS-FOLLOWED), else the visit type's list.
     */
    public List<NotificationRule> notificationsAtSeriousConcerns(VisitType followedType) {
        List<NotificationRule> asFollowed = followedType == null ? null
                : notificationsAtSeriousConcernsAfter.get(followedType);
        return asFollowed != null ? asFollowed : notificationsAtSeriousConcerns;
    }

    /** Visits that end in a published letter (interim, NFD) have no report path and no complaint window. */
    public Optional<LetterRule> letterRule() {
        return Optional.ofNullable(letter);
    }

    public Optional<ArrivalDeadlineRule> arrivalDeadlineRule() {
        return Optional.ofNullable(arrivalDeadline);
    }

    public Optional<AnnexARule> annexARule() {
        return Optional.ofNullable(annexA);
    }

    public Optional<MonitoringVisitRule> monitoringVisitRule() {
        return Optional.ofNullable(monitoringVisit);
    }

    public List<DeadlineRule> deadlinesStartingAt(DeadlineTrigger trigger) {
        return deadlines.stream().filter(rule -> rule.startsAt() == trigger).toList();
    }

    public Optional<DeadlineRule> deadline(DeadlineCode code) {
        return deadlines.stream().filter(rule -> rule.code() == code).findFirst();
    }

    /** Whether this deadline is a window the provider may leave unused (it runs its course) rather than a duty. */
    public boolean isWindow(DeadlineCode code) {
        return deadline(code).map(DeadlineRule::window).orElse(false);
    }
}
