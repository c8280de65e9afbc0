package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22, in a real browser (headless Chromium) against the running application: a person signs in, filters the
 * deadline dashboard, opens a visit, sees a command made through the API appear without reloading (the delay is
 * printed), and each role sees only what it may: a provider its own visits, an analyst the confidential fields
 * redacted. Every page is saved as a screenshot (target/screenshots; docs/screenshots with -Dscreenshots.update=true).
 */
class WebPagesBrowserTest extends RunningApp {

    private static final Duration LIVE_PATIENCE = Duration.ofSeconds(10);

    @LocalServerPort
    private int port;

    @Test
    void an_inspector_signs_in_filters_the_dashboard_opens_a_visit_and_sees_a_command_arrive_live() {
        String region = "Region " + UUID.randomUUID().toString().substring(0, 8);
        String visitId = announce("SC000001", region);
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.signIn("inspector");
            assertThat(browser.element("who").getText()).contains("inspector").contains("INSPECTOR");

            browser.element("region").sendKeys(region);
            new Select(browser.element("status")).selectByVisibleText("OVERDUE");
            browser.element("apply").click();
            List<String> classes = browser.await(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("#deadlines tbody tr"));
                return !found.isEmpty() && found.stream().allMatch(row -> row.getText().contains(region))
                        ? found.stream().map(row -> row.getAttribute("class")).toList() : null;
            });
            assertThat(classes).containsOnly("OVERDUE");
            browser.screenshot("dashboard");

            browser.await(d -> {
                d.findElement(By.cssSelector("#deadlines tbody tr a")).click();
                return true;
            });
            browser.await(d -> browser.element("status").getText().equals("ANNOUNCED"));
            assertThat(browser.element("action-list").getText()).contains("arrival", "annex-a");
            assertThat(browser.driver.findElements(By.cssSelector("#timeline li"))).hasSizeGreaterThan(3);
            browser.screenshot("visit");

            Answer arrival = inspector.post("/api/visits/" + visitId + "/arrival", null);
            Instant answeredAt = Instant.now();
            assertThat(arrival.status()).as(arrival.toString()).isEqualTo(200);
            new WebDriverWait(browser.driver, LIVE_PATIENCE).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("status")).getText().equals("ON_SITE"));
            System.out.printf("Live update in the browser: the visit page showed ON_SITE %d ms after the arrival's "
                    + "answer, without a reload%n", Duration.between(answeredAt, Instant.now()).toMillis());
            assertThat(browser.element("action-list").getText()).doesNotContain("arrival");
        }
    }

    @Test
    void an_inspector_records_the_arrival_from_the_visit_page_and_a_refusal_is_shown() {
        String visitId = announce("SC000001", "Region " + UUID.randomUUID().toString().substring(0, 8));
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.signIn("inspector");
            browser.go("/visit.html?id=" + visitId);
            browser.await(d -> {
                d.findElement(By.xpath("//button[@class='action' and text()='arrival']")).click();
                return true;
            });
            browser.element("command-send").click();
            browser.await(d -> d.findElement(By.id("status")).getText().equals("ON_SITE"));
            assertThat(browser.element("command-answer").getText()).contains("ON_SITE");
            assertThat(inspector.get("/api/visits/" + visitId + "/history").body()).contains("InspectorsArrivedOnSite")
                    .contains("\"actor\":\"inspector\"");

            browser.await(d -> {
                d.findElement(By.xpath("//button[@class='action' and text()='feedback']")).click();
                return true;
            });
            browser.element("command-send").click();   // {}: the feedback's fields are missing
            browser.await(d -> d.findElement(By.id("command-answer")).getText().startsWith("400"));
            assertThat(browser.element("status").getText()).isEqualTo("ON_SITE");
            browser.screenshot("visit-command");
        }
    }

    @Test
    void a_provider_sees_its_own_visits_only() {
        String region = "Region " + UUID.randomUUID().toString().substring(0, 8);
        String own = announce("SC000001", region);
        String other = announce("SC000002", region);
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.signIn("provider");
            browser.element("region").sendKeys(region);
            browser.element("apply").click();
            String table = browser.await(d -> {
                String text = d.findElement(By.id("rows")).getText();
                return text.contains(own.substring(0, 8)) ? text : null;
            });
            assertThat(table).doesNotContain(other.substring(0, 8));
            assertThat(browser.driver.findElement(By.id("counts")).getText()).isEmpty();   // figures across providers
            browser.screenshot("dashboard-provider");

            browser.go("/visit.html?id=" + other);
            String refused = browser.await(d -> {
                String text = d.findElement(By.id("summary")).getText();
                return text.isEmpty() ? null : text;
            });
            assertThat(refused).contains("No visit " + other);
        }
    }

    @Test
    void an_analyst_sees_the_confidential_fields_redacted() {
        String visitId = announce("SC000001", "Region " + UUID.randomUUID().toString().substring(0, 8));
        Answer concern = inspector.post("/api/visits/" + visitId + "/concerns", "{\"category\": \"SERIOUS\", "
                + "\"summary\": \"Restraint not recorded\", \"details\": \"A named child was restrained at night\"}");
        assertThat(concern.status()).as(concern.toString()).isEqualTo(201);
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.signIn("analyst");
            browser.go("/visit.html?id=" + visitId);
            String timeline = browser.await(d -> {
                String text = d.findElement(By.id("timeline")).getText();
                return text.contains("ConcernRaised") ? text : null;
            });
            assertThat(timeline).contains("[redacted]").doesNotContain("A named child");
            assertThat(browser.driver.findElements(By.cssSelector("#timeline .redacted"))).isNotEmpty();
            assertThat(browser.element("no-actions").getText()).contains("Nothing");
            browser.screenshot("visit-analyst");
        }
    }

    /** Tried as a new user would: every demo user signs in and lands on a page that answers, not an error. */
    @Test
    void every_demo_user_signs_in_and_lands_on_a_page_that_works() {
        for (String user : new String[]{"inspector", "manager", "dutydesk", "director", "qa", "auditor", "analyst",
                "admin", "provider", "council"}) {
            try (Browser browser = Browser.open("http://localhost:" + port)) {
                browser.signIn(user);
                browser.await(d -> !d.findElements(By.cssSelector("#deadlines, #read-models")).isEmpty());
                assertThat(browser.driver.findElements(By.cssSelector("#rows .error"))).as(user).isEmpty();
                assertThat(browser.element("who").getText()).as(user).contains(user);
                if (user.equals("admin")) {
                    browser.screenshot("read-models-admin");
                }
            }
        }
    }

    @Test
    void the_notification_log_and_the_timeliness_charts_show_their_figures() {
        announce("SC000001", "Region " + UUID.randomUUID().toString().substring(0, 8));
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.signIn("manager");
            browser.go("/notifications.html");
            browser.await(d -> !d.findElements(By.cssSelector("#notifications tbody tr")).isEmpty());
            browser.screenshot("notifications");

            browser.go("/timeliness.html");
            browser.await(d -> !d.findElements(By.cssSelector("#chart-visitType rect")).isEmpty()
                    && !d.findElements(By.cssSelector("#chart-region rect")).isEmpty()
                    && !d.findElements(By.cssSelector("#chart-month rect")).isEmpty());
            browser.screenshot("timeliness");
        }
    }

    /** An SCH visit announced an hour ago on a past working day (so its Annex A is overdue), for the provider. */
    private String announce(String urn, String region) {
        Answer created = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE",
                        VisitRequests.PAST_MORNING).replace("SC000001", urn).replace("South East", region));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String visitId = created.json().get("visitId").asString();
        awaitRead(inspector, "/api/deadlines?visitId=" + visitId, page -> page.get("total").asLong() > 0);
        return visitId;
    }
}
