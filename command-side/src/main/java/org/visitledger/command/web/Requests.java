package org.visitledger.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.visitledger.events.CaseKind;
import org.visitledger.events.EscalationRole;
import org.visitledger.events.CaseReviewDecision;
import org.visitledger.events.ConcernCategory;
import org.visitledger.events.Grade;
import org.visitledger.events.InspectionElement;
import org.visitledger.events.JudgementArea;
import org.visitledger.events.NoNoticeReason;
import org.visitledger.events.Provider;
import org.visitledger.events.VisitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the command API (docs/api.md, "Commands"); every body may carry occurredAt. */
final class Requests {

    static final int NAME = 200;
    static final int TEXT = 20_000;

    private Requests() {
    }

    record ProviderBody(@NotBlank @Size(max = 50) @ProviderUrn String urn,
                        @NotBlank @Size(max = NAME) @CleanText String name,
                        @NotBlank @Size(max = NAME) @CleanText String localAuthority,
                        @NotBlank @Size(max = NAME) @CleanText String region) {
        Provider toProvider() {
            return new Provider(ProviderUrnValidator.normalised(urn), name, localAuthority, region);
        }
    }

    /**
     * A MONITORING visit names {@code followsVisitId} instead of a provider: it is the followed visit's. An LA
     * inspection may name when fieldwork starts, and why it gives no notice (rule LA-NOTICE).
     */
    record AnnounceVisitBody(@NotNull VisitType visitType, @Valid ProviderBody provider,
                             @NotBlank @Size(max = NAME) @CleanText String leadInspector,
                             @Size(max = 20) List<@NotBlank @Size(max = NAME) @CleanText String> teamInspectors,
                             @Size(max = 200) List<@NotBlank @Size(max = NAME) @CleanText String> placingAuthorities,
                             @Positive Integer plannedLengthDays, @Size(max = NAME) @CleanText String lengthAgreedBy,
                             @Size(max = 100) @CleanText String followsVisitId, Instant occurredAt,
                             LocalDate fieldworkStartsOn, NoNoticeReason noNoticeReason,
                             @Size(max = TEXT) @CleanText(multiline = true) String noNoticeDetails) {
    }

    record CaseListBody(@NotNull @PositiveOrZero @Max(1_000_000) Integer safeguardingCases,
                        @NotNull @PositiveOrZero @Max(1_000_000) Integer lookedAfterCases, Instant occurredAt) {
    }

    /** A case by its anonymised reference (rule LA-CASE-REFERENCE), never a name. */
    record CaseBody(@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/-]{0,39}", message = "must be an anonymised "
            + "case reference: up to 40 letters, digits, '-' or '/'") String reference, @NotNull CaseKind kind) {
    }

    record CaseSelectionBody(@NotEmpty @Size(max = 200) List<@NotNull @Valid CaseBody> cases, Instant occurredAt) {
    }

    record ShortfallBody(@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String justification,
                         Instant occurredAt) {
    }

    /** Rule LA-LIMIT-OVERRIDE: {@code overrideLimits} keeps the grade against a limiting judgement, with a rationale. */
    record JudgementBody(@NotNull InspectionElement element, @NotNull JudgementArea area, @NotNull Grade grade,
                         Boolean overrideLimits,
                         @Size(max = TEXT) @CleanText(multiline = true) String overrideRationale,
                         Instant occurredAt) {
    }

    record PauseAdviceBody(@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String advice, Instant occurredAt) {
    }

    record InformalConcernBody(@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String summary,
                               @NotBlank @Size(max = NAME) @CleanText String handledBy,
                               @Size(max = TEXT) @CleanText(multiline = true) String outcome, Instant occurredAt) {
    }

    record OccurredAtBody(Instant occurredAt) {
        static final OccurredAtBody NOW = new OccurredAtBody(null);
    }

    record InformationRequestBody(@NotEmpty @Size(max = 50)
                                  List<@NotBlank @Size(max = 1_000) @CleanText String> items,
                                  @NotNull Instant dueAt, Instant occurredAt) {
    }

    record FeedbackBody(@NotNull Boolean seriousOrWidespreadConcerns,
                        @NotBlank @Size(max = TEXT) @CleanText(multiline = true) String summary,
                        Instant occurredAt) {
    }

    record CommentsBody(@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String comments, Instant occurredAt) {
    }

    record FinalReportBody(@NotNull @Size(max = 200)
                           List<@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String> requirements,
                           @NotNull @Size(max = 200)
                           List<@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String> recommendations,
                           @NotNull Boolean childFriendlySummaryIncluded, Boolean childFriendlySummaryAdaptedFormat,
                           Instant occurredAt) {
    }

    record PublicationBody(@NotBlank @Size(max = 2_000) @CleanText @Pattern(regexp = "https?://\\S+",
            message = "must be an http(s) URL") String url, Instant occurredAt) {
    }

    record SummaryBody(@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String summary, Instant occurredAt) {
    }

    record OutcomeBody(@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String outcome, Instant occurredAt) {
    }

    record ReasonBody(@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String reason, Instant occurredAt) {
    }

    record ConcernBody(@NotNull ConcernCategory category,
                       @NotBlank @Size(max = TEXT) @CleanText(multiline = true) String summary,
                       @NotBlank @Size(max = TEXT) @CleanText(multiline = true) String details, Instant occurredAt) {
    }

    record DebriefBody(@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String recommendation,
                       Instant occurredAt) {
    }

    record CaseReviewBody(@NotEmpty @Size(max = 4) List<@NotNull CaseReviewDecision> decisions,
                          @NotBlank @Size(max = TEXT) @CleanText(multiline = true) String rationale,
                          Instant occurredAt) {
    }

    record ProviderConcernBody(@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String summary,
                               @NotBlank @Size(max = TEXT) @CleanText(multiline = true) String actionTaken,
                               @NotNull Boolean resolved,
                               Instant occurredAt) {
    }

    /** {@code role}: the senior inspector or the RIM; without it, the role {@code escalatedTo} names, if any. */
    record EscalationBody(@NotBlank @Size(max = NAME) @CleanText String escalatedTo, EscalationRole role,
                          Instant occurredAt) {
    }

    /** {@code seriousOrWidespreadConcerns}: the revised finding, if QA changes it (rule CONCERN-FINDING-REVISED). */
    record JudgementRevisionBody(@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String revisedFindings,
                                 @NotBlank @Size(max = TEXT) @CleanText(multiline = true) String reasons,
                                 Boolean seriousOrWidespreadConcerns,
                                 Instant occurredAt) {
    }

    record ConversionBody(@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String rationale,
                          Instant occurredAt) {
    }

    record FactualAccuracyBody(@NotBlank @Size(max = TEXT) @CleanText(multiline = true) String comments,
                               Instant occurredAt) {
    }

    record DeferralDecisionBody(@NotNull Boolean granted,
                                @NotBlank @Size(max = TEXT) @CleanText(multiline = true) String reason,
                                Instant occurredAt) {
    }
}
