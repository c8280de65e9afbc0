package org.visitledger.lifecycle;

import java.util.List;

/**
 * Every command route, declared once: its path, used by the controller's mapping, and the roles that may send it,
 * which {@link CommandAccessRules} turns into the command rows of the role matrix (rule ACCESS-ROLE-MATRIX).
 * Acts of the provider may also be recorded by the inspectorate (e.g. Annex A received by email).
 */
public final class CommandRoutes {

    public static final String ANNOUNCE = "/api/visits";
    private static final String VISIT = "/api/visits/{visitId}";
    public static final String ANNEX_A = VISIT + "/annex-a";
    public static final String INFORMATION_REQUESTS = VISIT + "/information-requests";
    public static final String INFORMATION_FULFILMENT = VISIT + "/information-requests/{requestId}/fulfilment";
    public static final String ARRIVAL = VISIT + "/arrival";
    public static final String FEEDBACK = VISIT + "/feedback";
    public static final String WITHDRAWAL = VISIT + "/withdrawal";
    public static final String NOTIFICATION_SENT = VISIT + "/notifications/{notificationId}/sent";
    public static final String NOTIFICATION_CONFIRMATION = VISIT + "/notifications/{notificationId}/confirmation";
    public static final String CONCERNS = VISIT + "/concerns";
    public static final String DEBRIEF = VISIT + "/debrief";
    public static final String CASE_REVIEW = VISIT + "/case-review";
    public static final String PROVIDER_CONCERNS = VISIT + "/provider-concerns";
    public static final String PROVIDER_CONCERN_ESCALATION = VISIT + "/provider-concerns/{providerConcernId}/escalation";
    public static final String JUDGEMENT_REVISION = VISIT + "/provisional-judgement-revision";
    public static final String QA_SUBMISSION = VISIT + "/report/qa-submission";
    public static final String DRAFT = VISIT + "/report/draft";
    public static final String PROVIDER_COMMENTS = VISIT + "/report/provider-comments";
    public static final String FINAL_REPORT = VISIT + "/report/final";
    public static final String PUBLICATION = VISIT + "/report/publication";
    public static final String COMPLAINTS = VISIT + "/complaints";
    public static final String COMPLAINT_OUTCOME = VISIT + "/complaints/{complaintId}/outcome";
    public static final String DUTY_DESK_CALLS = VISIT + "/duty-desk-calls";
    public static final String CONVERSION = VISIT + "/conversion";
    public static final String FACTUAL_ACCURACY_CHECK = VISIT + "/factual-accuracy-check";
    public static final String DEFERRAL_REQUEST = VISIT + "/deferral-request";
    public static final String DEFERRAL_DECISION = VISIT + "/deferral-decision";
    public static final String PAUSE = VISIT + "/pause";
    public static final String RESUME = VISIT + "/resume";
    public static final String INCOMPLETE = VISIT + "/incomplete";
    public static final String PAUSE_ADVICE = VISIT + "/pause-advice";
    public static final String INFORMAL_CONCERNS = VISIT + "/informal-concerns";
    public static final String CASE_LIST = VISIT + "/case-list";
    public static final String CASE_SELECTIONS = VISIT + "/case-selections";
    public static final String SAMPLE_SHORTFALL = VISIT + "/case-sample-shortfall";
    public static final String JUDGEMENTS = VISIT + "/judgements";

    private static final String INSPECTOR = "INSPECTOR";
    private static final String PROVIDER = "PROVIDER";
    private static final String MANAGER = "MANAGER";
    private static final String DUTY_DESK = "DUTY_DESK";
    private static final String REGIONAL_DIRECTOR = "REGIONAL_DIRECTOR";

    /** A POST route and the roles that may send it. */
    public record Route(String path, List<String> roles) {

        /** The path as a security matcher pattern: each {variable} matches one segment. */
        public String pattern() {
            return path.replaceAll("\\{[^}]+}", "*");
        }
    }

    public static final List<Route> ALL = List.of(
            route(ANNOUNCE, INSPECTOR),
            route(ANNEX_A, INSPECTOR, PROVIDER),
            route(INFORMATION_REQUESTS, INSPECTOR),
            route(INFORMATION_FULFILMENT, INSPECTOR, PROVIDER),
            route(ARRIVAL, INSPECTOR),
            route(FEEDBACK, INSPECTOR),
            route(WITHDRAWAL, INSPECTOR, MANAGER),
            route(NOTIFICATION_SENT, INSPECTOR),
            route(NOTIFICATION_CONFIRMATION, INSPECTOR),
            route(CONCERNS, INSPECTOR),
            route(DEBRIEF, MANAGER),
            route(CASE_REVIEW, MANAGER),
            route(PROVIDER_CONCERNS, INSPECTOR, PROVIDER),
            route(PROVIDER_CONCERN_ESCALATION, INSPECTOR, PROVIDER),
            route(JUDGEMENT_REVISION, "QA_MANAGER"),
            route(QA_SUBMISSION, INSPECTOR),
            route(DRAFT, INSPECTOR),
            route(PROVIDER_COMMENTS, INSPECTOR, PROVIDER),
            route(FINAL_REPORT, INSPECTOR),
            route(PUBLICATION, INSPECTOR),
            route(COMPLAINTS, INSPECTOR, PROVIDER),
            route(COMPLAINT_OUTCOME, MANAGER),
            route(DUTY_DESK_CALLS, INSPECTOR, DUTY_DESK),
            route(CONVERSION, REGIONAL_DIRECTOR),
            route(FACTUAL_ACCURACY_CHECK, INSPECTOR, PROVIDER),
            route(DEFERRAL_REQUEST, INSPECTOR, PROVIDER),
            route(DEFERRAL_DECISION, DUTY_DESK),
            route(PAUSE, DUTY_DESK),
            route(RESUME, DUTY_DESK),
            route(INCOMPLETE, DUTY_DESK),
            route(PAUSE_ADVICE, REGIONAL_DIRECTOR),
            route(INFORMAL_CONCERNS, INSPECTOR, MANAGER),
            route(CASE_LIST, INSPECTOR, PROVIDER),
            route(CASE_SELECTIONS, INSPECTOR),
            route(SAMPLE_SHORTFALL, INSPECTOR),
            route(JUDGEMENTS, INSPECTOR));

    private CommandRoutes() {
    }

    private static Route route(String path, String... roles) {
        return new Route(path, List.of(roles));
    }
}
