package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/** docs/docs/api.md "Reads": the visit list and the notification log, with their filters and paging. */
class ListReadsTest extends RunningApp {

    @Test
    void visits_are_listed_with_filters_and_paging() {
        String region = "Region " + UUID.randomUUID();
        String rss = announce("RSS_ASSURANCE", region);
        String sch = announce("SCH_ASSURANCE", region);
        inspector.post("/api/visits/" + sch + "/arrival", null);

        JsonNode all = awaitRead(inspector, "/api/visits?region=" + encode(region), list -> list.get("total").asLong() == 2
                && list.get("items").valueStream().anyMatch(v -> v.get("status").asString().equals("ON_SITE")));
        assertThat(all.get("page").asInt()).isZero();
        assertThat(all.get("size").asInt()).isEqualTo(50);

        JsonNode schOnly = inspector.get("/api/visits?region=" + encode(region) + "&type=SCH_ASSURANCE").json();
        assertThat(schOnly.get("total").asLong()).isEqualTo(1);
        assertThat(schOnly.get("items").get(0).get("visitId").asString()).isEqualTo(sch);

        JsonNode announced = inspector.get("/api/visits?region=" + encode(region) + "&status=ANNOUNCED").json();
        assertThat(announced.get("items").get(0).get("visitId").asString()).isEqualTo(rss);

        assertThat(inspector.get("/api/visits?region=" + encode(region) + "&providerUrn=SC000001").json()
                .get("total").asLong()).isEqualTo(2);
        assertThat(inspector.get("/api/visits?region=" + encode(region) + "&providerUrn=SC999999").json()
                .get("total").asLong()).isZero();
        assertThat(inspector.get("/api/visits?region=" + encode(region) + "&inspector=" + encode("Jo Smith")).json()
                .get("total").asLong()).isEqualTo(2);
        assertThat(inspector.get("/api/visits?region=" + encode(region) + "&inspector=Nobody").json()
                .get("total").asLong()).isZero();

        JsonNode firstPage = inspector.get("/api/visits?region=" + encode(region) + "&size=1").json();
        JsonNode secondPage = inspector.get("/api/visits?region=" + encode(region) + "&size=1&page=1").json();
        assertThat(firstPage.get("total").asLong()).isEqualTo(2);
        assertThat(firstPage.get("items").size()).isEqualTo(1);
        assertThat(secondPage.get("items").get(0).get("visitId").asString())
                .isNotEqualTo(firstPage.get("items").get(0).get("visitId").asString());
    }

    /** Issue 21, "my visits": the demo inspector is Jo Smith, the lead inspector of the visits VisitRequests makes. */
    @Test
    void inspector_me_lists_the_visits_the_signed_in_inspector_leads() {
        String region = "Region " + UUID.randomUUID();
        String mine = announce("RSS_ASSURANCE", region);
        Answer other = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")
                .replace("South East", region).replace("Jo Smith", "Ann Hale"));
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        awaitRead(inspector, "/api/visits?region=" + encode(region), list -> list.get("total").asLong() == 2);

        for (String me : new String[]{"me", "ME", "Me"}) {
            JsonNode myVisits = inspector.get("/api/visits?region=" + encode(region) + "&inspector=" + me).json();
            assertThat(myVisits.get("total").asLong()).as(me).isEqualTo(1);
            assertThat(myVisits.get("items").get(0).get("visitId").asString()).isEqualTo(mine);
        }
        Answer nameless = inspector.as("manager").get("/api/visits?inspector=me");
        assertProblem(nameless, 400);
        assertThat(nameless.json().get("errors").get(0).get("field").asString()).isEqualTo("inspector");
    }

    @Test
    void bad_list_parameters_are_400_naming_the_parameter() {
        assertProblem(inspector.get("/api/visits?size=501"), 400);
        assertProblem(inspector.get("/api/deadlines?size=501"), 400);
        assertProblem(inspector.get("/api/notifications?size=501"), 400);
        assertProblem(inspector.get("/api/visits?size=0"), 400);
        assertProblem(inspector.get("/api/visits?page=-1"), 400);
        Answer badType = inspector.get("/api/visits?type=SPACE_STATION");
        assertProblem(badType, 400);
        assertThat(badType.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertProblem(inspector.get("/api/visits?status=SLEEPING"), 400);
        assertProblem(inspector.get("/api/notifications?status=LOST"), 400);
        assertProblem(inspector.get("/api/notifications?page=x"), 400);
    }

    @Test
    void the_notification_log_shows_required_sent_and_overdue_notifications() {
        String today = announce("RSS_ASSURANCE", "Region " + UUID.randomUUID());
        Answer backdated = inspector.post("/api/visits",
                VisitRequests.announce("SCH_ASSURANCE", Instant.parse("2025-04-16T08:05:00Z")));
        String old = backdated.json().get("visitId").asString();
        inspector.post("/api/visits/" + today + "/notifications/N-1/sent", null);

        JsonNode todays = awaitRead(inspector, "/api/notifications?visitId=" + today,
                list -> list.get("items").valueStream().anyMatch(n -> n.get("status").asString().equals("SENT")));
        assertThat(todays.get("total").asLong()).isEqualTo(2);
        assertThat(todays.get("items").get(0).get("channel").asString()).isEqualTo("EMAIL");
        assertThat(statusOf(todays, "N-1")).isEqualTo("SENT");
        // Due by the end of the announcement day: still REQUIRED on a working day; on a weekend or bank holiday the
        // visit was announced on the last working day, which is over.
        boolean announcedToday = VisitRequests.announcedNowOrLastWorkingDay().isAfter(Instant.now().minusSeconds(600));
        assertThat(statusOf(todays, "N-2")).isEqualTo(announcedToday ? "REQUIRED" : "OVERDUE");

        // Due at the end of 2025-04-16 and never sent: overdue with no new event having happened.
        JsonNode olds = awaitRead(inspector, "/api/notifications?visitId=" + old, list -> list.get("total").asLong() == 1);
        assertThat(statusOf(olds, "N-1")).isEqualTo("OVERDUE");
        assertThat(olds.get("items").get(0).get("dueAt").asString()).isEqualTo("2025-04-16T22:59:59Z");

        JsonNode overdue = inspector.get("/api/notifications?visitId=" + old + "&status=OVERDUE").json();
        assertThat(overdue.get("total").asLong()).isEqualTo(1);
        JsonNode unsent = inspector.get("/api/notifications?visitId=" + today + "&status="
                + (announcedToday ? "REQUIRED" : "OVERDUE")).json();
        assertThat(unsent.get("total").asLong()).isEqualTo(1);
        JsonNode byPhone = inspector.get("/api/notifications?visitId=" + today + "&channel=PHONE").json();
        assertThat(byPhone.get("total").asLong()).isZero();
    }

    private static String statusOf(JsonNode list, String notificationId) {
        return list.get("items").valueStream().filter(n -> n.get("notificationId").asString().equals(notificationId))
                .findFirst().orElseThrow().get("status").asString();
    }

    private String announce(String type, String region) {
        Answer created = inspector.post("/api/visits", VisitRequests.announce(type).replace("South East", region));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("visitId").asString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
