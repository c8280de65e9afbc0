package org.visitledger.app.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

/**
 * A real browser for the web pages' tests: Debian's headless Chromium driven through its ChromeDriver. Where they are
 * not installed the tests are skipped and reported as skipped, except under CI ({@code CI} set), where .ci/run
 * installs them and their absence fails the build.
 */
final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File(System.getenv().getOrDefault("VISIT_LEDGER_CHROMIUM",
            "/usr/bin/chromium"));
    private static final File CHROMEDRIVER = new File(System.getenv().getOrDefault("VISIT_LEDGER_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    /** Screenshots of every page, as test output; with -Dscreenshots.update=true also the set docs/ shows. */
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Path DOCS_SHOTS = Path.of("..", "docs", "screenshots");

    final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    static Browser open(String baseUrl) {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI runs the browser tests: install Debian's chromium and chromium-driver"
                    + " (.ci/run does), or name them in VISIT_LEDGER_CHROMIUM and VISIT_LEDGER_CHROMEDRIVER");
        }
        Assumptions.assumeTrue(installed, "no Chromium at " + CHROMIUM + " with ChromeDriver at " + CHROMEDRIVER
                + ": the browser tests are skipped (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                        "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), baseUrl);
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    /** Signs in through the form the pages send a person to. */
    void signIn(String user) {
        go("/");
        await(d -> d.getCurrentUrl().contains("/login.html"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("sign-in")).click();
        await(d -> !d.findElements(By.id("who")).isEmpty());
    }

    <T> T await(Function<ChromeDriver, T> condition) {
        // The pages redraw themselves on every live event: an element found a moment ago may be gone; look again.
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(d -> {
            T value = condition.apply((ChromeDriver) d);
            return value instanceof Boolean ok && !ok ? null : value;
        });
    }

    WebElement element(String id) {
        return await(d -> d.findElements(By.id(id)).stream().findFirst().orElse(null));
    }

    /** Saves what the browser shows as {@code name}.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Path shot = SHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
            if (Boolean.getBoolean("screenshots.update")) {
                Files.createDirectories(DOCS_SHOTS);
                Files.copy(shot, DOCS_SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
