package org.visitledger.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The commands of one assurance visit from announcement to publication, in the order and with the bodies a real
 * client sends (docs/api.md, "Commands"). Every command happens "now" (no occurredAt), so the report deadlines it
 * starts are weeks ahead and the deadline scheduler stays out of the way; Annex A is due the same afternoon, or the
 * next working day when announced after its cut-off. A visit is announced on a working day only: on a weekend or
 * bank holiday the announcement is dated 16:00 London on the last working day, after the cut-off, so Annex A is still
 * ahead and the rest of the visit happens now.
 * One visit in four is of provider SC000001, whose acts the demo provider user sends itself; the inspectorate
 * records the other providers' acts, as it may.
 */
final class Lifecycle {

    static final String ANNOUNCE = "announce";
    private static final String[] REGIONS = {"North West", "North East", "London", "South East", "South West",
            "East Midlands", "West Midlands", "Yorkshire"};

    /** One command: {@code suffix} follows {@code /api/visits/{id}} ({@code null}: the announcement itself). */
    record Step(String name, Http.User user, String suffix, String body, DeadlineCheck check) {
        String path(String visitId, String requestId) {
            return suffix == null ? "/api/visits"
                    : "/api/visits/" + visitId + suffix.replace("{requestId}", String.valueOf(requestId));
        }
    }

    private Lifecycle() {
    }

    /**
     * The commands of visit number {@code n}; with {@code personalData}, a widespread concern with details (a personal
     * field, stored encrypted) is raised after publication.
     */
    static List<Step> plan(long n, Random random, boolean personalData) {
        boolean sch = random.nextBoolean();
        boolean ownProvider = n % 4 == 0;
        Http.User provider = ownProvider ? Http.User.PROVIDER : Http.User.INSPECTOR;
        String urn = ownProvider ? "SC000001" : "SC" + (100001 + n % 899_999);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(ANNOUNCE, Http.User.INSPECTOR, null, announcement(sch, urn, n, random),
                DeadlineCheck.listed("ANNEX_A_RETURN")));
        steps.add(new Step("annex-a", provider, "/annex-a", "{}", DeadlineCheck.met("ANNEX_A_RETURN")));
        if (sch && random.nextBoolean()) {
            // Secure children's homes may be asked for further records, due at a time the inspector sets.
            String due = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
            steps.add(new Step("information-request", Http.User.INSPECTOR, "/information-requests",
                    "{\"items\": [\"Physical restraint records\"], \"dueAt\": \"" + due + "\"}",
                    DeadlineCheck.listed("FURTHER_INFORMATION")));
            steps.add(new Step("information-received", provider, "/information-requests/{requestId}/fulfilment",
                    "{}", DeadlineCheck.met("FURTHER_INFORMATION")));
        }
        // Arrival changes no deadline: its effect is not on the dashboard, so it is never sampled for lag.
        steps.add(new Step("arrival", Http.User.INSPECTOR, "/arrival", "{}", null));
        steps.add(new Step("feedback", Http.User.INSPECTOR, "/feedback",
                "{\"seriousOrWidespreadConcerns\": false, \"summary\": \"Children are safe and well cared for.\"}",
                DeadlineCheck.listed("QA_SUBMISSION", "DRAFT_REPORT", "FINAL_REPORT", "PUBLICATION")));
        steps.add(new Step("qa-submission", Http.User.INSPECTOR, "/report/qa-submission", "{}",
                DeadlineCheck.met("QA_SUBMISSION")));
        steps.add(new Step("draft", Http.User.INSPECTOR, "/report/draft", "{}",
                DeadlineCheck.met("DRAFT_REPORT").andListed("PROVIDER_COMMENTS")));
        steps.add(new Step("provider-comments", provider, "/report/provider-comments",
                "{\"comments\": \"No factual inaccuracies.\"}", DeadlineCheck.met("PROVIDER_COMMENTS")));
        // An RSS report makes recommendations only (rule REPORT-RSS-RECOMMENDATIONS-ONLY).
        String requirements = sch ? "[\"Keep restraint records up to date\"]" : "[]";
        steps.add(new Step("final", Http.User.INSPECTOR, "/report/final",
                "{\"requirements\": " + requirements + ", \"recommendations\": "
                        + "[\"Review the admissions policy\"], \"childFriendlySummaryIncluded\": true}",
                DeadlineCheck.met("FINAL_REPORT").andListed("COMPLAINT_WINDOW")));
        steps.add(new Step("publication", Http.User.INSPECTOR, "/report/publication",
                "{\"url\": \"https://reports.example/bench/" + n + "\"}", DeadlineCheck.met("PUBLICATION")));
        if (personalData) {
            // Last, so that nothing after it is refused: a concern raised during the visit must be stated at the
            // feedback, while one raised after the report escalates as it should (rule CONCERN-ESCALATION).
            steps.add(new Step("concern", Http.User.INSPECTOR, "/concerns", "{\"category\": \"WIDESPREAD\", "
                    + "\"summary\": \"Care plans out of date\", \"details\": \"Child " + n + " told inspector "
                    + random.nextInt(40) + " that their keyworker changes every week\"}", null));
        }
        return steps;
    }

    private static String announcement(boolean sch, String urn, long n, Random random) {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        return """
                {"visitType": "%s",
                 "provider": {"urn": "%s", "name": "Bench provider %d", "localAuthority": "Kent", "region": "%s"},
                 "leadInspector": "Inspector %d", "teamInspectors": ["Inspector %d"]%s%s}
                """.formatted(sch ? "SCH_ASSURANCE" : "RSS_ASSURANCE", urn, n, region, random.nextInt(40),
                random.nextInt(40), sch ? ", \"placingAuthorities\": [\"Kent\", \"Medway\"]" : "",
                AnnouncedAt.occurredAtMember());
    }
}
