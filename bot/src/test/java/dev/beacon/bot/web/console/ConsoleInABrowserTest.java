package dev.beacon.bot.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.wiring.Beacon;
import dev.beacon.bot.wiring.CatalogFactory;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.HttpConfig;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Status;
import dev.beacon.core.testing.MutableClock;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console and the review pages in a real browser: Debian's headless Chromium driven by its
 * ChromeDriver (Selenium), against Beacon in local mode on a loopback port with the demo
 * configuration. Declare in the console, acknowledge with the card's button as the paged person,
 * watch the update arrive over server-sent events, check the incident page, resolve, close with the
 * review form and read the Markdown export. Screenshots of each page go to {@code
 * target/screenshots/}.
 */
@DisplayName("The console and review pages in headless Chromium, end to end")
class ConsoleInABrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String DECLARE =
      "/incident declare title:\"Payments API 5xx\" severity:SEV2 service:payments-api";
  private static final String ACK = "/incident ack INC-1";

  @TempDir Path data;
  @TempDir Path profile;
  private final MutableClock clock = MutableClock.at("2026-11-24T09:00:00Z");
  private Beacon beacon;
  private ChromeDriverService service;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void start() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "1".equals(System.getenv("BEACON_REQUIRE_BROWSER"))) {
      throw new AssertionError(
          "/usr/bin/chromium or /usr/bin/chromedriver is missing, and this run requires them"
              + " (BEACON_REQUIRE_BROWSER=1); .ci/run installs them with"
              + " apt-get install -y chromium chromium-driver");
    }
    Assumptions.assumeTrue(
        installed,
        "skipped: the browser test needs Debian's Chromium and ChromeDriver"
            + " (apt-get install -y chromium chromium-driver: /usr/bin/chromium,"
            + " /usr/bin/chromedriver)");

    BeaconConfig config = ConfigLoader.load(Path.of("../docs/examples/demo-fast.yaml"));
    ChatLog log = new ChatLog(CatalogFactory.from(config).people(), ChatLog.DEFAULT_HISTORY);
    ChatDelivery chat = new ChatDelivery(m -> {}, log);
    Beacon opened =
        Beacon.open(config, data, clock, chat, Map.of())
            .trustLoopbackForPages()
            .serveConsole(log, Duration.ofSeconds(1));
    chat.describeIncidentsWith(opened.incidents()::find);
    beacon = opened.start(Optional.of(HttpConfig.parse("127.0.0.1:0")));

    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(new File("target/chromedriver.log"))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The flags this machine needs: no sandbox as root, and no background traffic (the network
    // is closed), with a fresh profile.
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(WAIT);
    wait = new WebDriverWait(browser, WAIT, Duration.ofMillis(50));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (beacon != null) {
      beacon.close();
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + beacon.httpPort().orElseThrow() + path;
  }

  private void screenshot(String name) throws Exception {
    byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  /** Chooses who the console acts as; the page reloads as them. */
  private void choosePerson(String person) {
    WebElement select = browser.findElement(By.id("person"));
    new Select(select).selectByValue(person);
    wait.until(ExpectedConditions.stalenessOf(select));
    await(() -> "the console did not reload as " + person)
        .until(
            d ->
                new Select(d.findElement(By.id("person")))
                    .getFirstSelectedOption()
                    .getAttribute("value")
                    .equals(person));
  }

  /** Types a command into #command and submits the form. */
  private void type(String line) {
    WebElement input = browser.findElement(By.id("command"));
    input.clear();
    input.sendKeys(line, Keys.ENTER);
  }

  private void awaitReply(String contains) {
    await(() -> "#reply never said '" + contains + "'; it says: " + text("reply"))
        .until(d -> d.findElement(By.id("reply")).getText().contains(contains));
  }

  /** Waits for a message in #messages from {@code who} whose text contains {@code contains}. */
  private void awaitMessage(String who, String contains) {
    await(
            () ->
                "no message from "
                    + who
                    + " containing '"
                    + contains
                    + "' in #messages: "
                    + browser.findElement(By.id("messages")).getAttribute("innerHTML"))
        .until(
            d -> {
              for (WebElement m : d.findElements(By.cssSelector("#messages .msg"))) {
                String from = m.findElement(By.className("who")).getText();
                String said = m.findElement(By.className("text")).getText();
                if (from.equals(who) && said.contains(contains)) {
                  return true;
                }
              }
              return false;
            });
  }

  /** A bounded wait that says {@code why} when it runs out. */
  private WebDriverWait await(java.util.function.Supplier<String> why) {
    WebDriverWait w = new WebDriverWait(browser, WAIT, Duration.ofMillis(50));
    w.withMessage(why);
    return w;
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private String body() {
    return browser.findElement(By.tagName("body")).getText();
  }

  @Test
  @DisplayName(
      "declare, acknowledge with the button in the paged person's pager inbox, resolve, close with"
          + " the review form, export")
  void declareAcknowledgeResolveReviewExport() throws Exception {
    // The console: choose who you are, declare by typing the command.
    browser.get(url("/console"));
    choosePerson("wei");
    type(DECLARE);
    awaitReply("INC-1 declared by wei");
    awaitMessage("wei", DECLARE);
    assertThat(browser.findElements(By.cssSelector("#reply button[data-command]")))
        .extracting(WebElement::getText)
        .contains("Acknowledge");

    // The page to the on-call arrives over the stream: their pager inbox is marked unread.
    WebElement pager =
        await(() -> "no pager channel appeared: " + text("channels"))
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#channels a.unread[data-channel$='/pager']")));
    String pagerChannel = pager.getAttribute("data-channel");
    String paged = pagerChannel.substring(1, pagerChannel.indexOf('/'));
    assertThat(browser.findElements(By.cssSelector("#channels a.unread[data-channel$='/pager']")))
        .as("one person is paged")
        .hasSize(1);

    // Open their pager inbox (still as wei) and press the page's Acknowledge: it acts as the
    // paged person, as if they pressed it on their phone.
    clock.advance(Duration.ofMinutes(2));
    pager.click();
    wait.until(ExpectedConditions.textToBe(By.id("channel"), pagerChannel));
    WebElement ack =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#messages button[data-command='" + ACK + "']")));
    assertThat(ack.getText()).isEqualTo("Acknowledge");
    assertThat(ack.getAttribute("data-as")).isEqualTo(paged);
    assertThat(new Select(browser.findElement(By.id("person"))).getFirstSelectedOption().getText())
        .startsWith("wei");
    ack.click();
    awaitReply("INC-1 acknowledged by " + paged);
    assertThat(browser.findElement(By.id("reply")).getAttribute("class")).doesNotContain("error");
    // The update arrives over the stream: the pressed command, as the paged person.
    awaitMessage(paged, ACK);
    List<WebElement> times = browser.findElements(By.cssSelector("#messages .msg .time"));
    assertThat(times.get(times.size() - 1).getText())
        .as("a streamed message's time reads like the server-rendered ones")
        .isEqualTo("2026-11-24 09:02:00 UTC");
    screenshot("console");
    assertThat(beacon.incidents().get(IncidentId.parse("INC-1")).status())
        .isEqualTo(Status.ACKNOWLEDGED);

    // The incident's review page shows the acknowledgement.
    browser.get(url("/review/incidents/INC-1"));
    assertThat(browser.getTitle()).contains("INC-1");
    assertThat(body()).contains("Payments API 5xx").containsIgnoringCase("acknowledged");
    assertThat(browser.findElement(By.tagName("table")).getText()).contains("Status acknowledged");
    List<WebElement> tables = browser.findElements(By.tagName("table"));
    List<String> timeline =
        tables.get(tables.size() - 1).findElements(By.tagName("tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(timeline)
        .as("the timeline ends with the acknowledgement")
        .last()
        .asString()
        .startsWith("2026-11-24 09:02:00 UTC")
        .contains(paged + " acknowledged");
    screenshot("incident");

    // Resolve through the console, in the incident's channel, which says how the incident stands.
    clock.advance(Duration.ofMinutes(20));
    browser.get(url("/console?as=" + paged + "&channel=%23inc-1"));
    assertThat(browser.findElement(By.id("channel")).getText()).isEqualTo("#inc-1");
    awaitMessage(ChatMessage.BEACON, "INC-1 is acknowledged · SEV2 · commander wei");
    type("/incident resolve INC-1");
    awaitReply("INC-1");
    awaitMessage(paged, "/incident resolve INC-1");
    assertThat(beacon.incidents().get(IncidentId.parse("INC-1")).status())
        .isEqualTo(Status.RESOLVED);

    // The review form closes it.
    clock.advance(Duration.ofHours(1));
    browser.get(url("/review/close/INC-1"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Review of INC-1");
    new Select(browser.findElement(By.name("person"))).selectByValue(paged);
    browser.findElement(By.name("impact")).sendKeys("EU card payments failed for 20 minutes");
    browser.findElement(By.name("root-cause")).sendKeys("expired TLS certificate");
    browser
        .findElement(By.name("contributing"))
        .sendKeys("the expiry alert went to a retired mailbox");
    browser
        .findElement(By.name("follow-ups"))
        .sendKeys(
            "Alert 14 days before expiry @wei due:2026-12-15", Keys.ENTER, "Automate renewal");
    screenshot("review-form");
    browser.findElement(By.cssSelector("form button[type='submit']")).click();
    wait.until(ExpectedConditions.urlToBe(url("/review/incidents/INC-1")));
    assertThat(body())
        .contains("Root cause", "expired TLS certificate", "Automate renewal")
        .contains("Status closed");
    assertThat(beacon.incidents().get(IncidentId.parse("INC-1")).status()).isEqualTo(Status.CLOSED);

    // The Markdown export carries the review.
    browser.get(url("/review/incidents/INC-1.md"));
    String markdown = body();
    assertThat(markdown)
        .startsWith("# INC-1 Payments API 5xx")
        .contains("## Review", "### Root cause", "| Status | closed |")
        .contains("EU card payments failed for 20 minutes")
        .contains("expired TLS certificate")
        .contains("the expiry alert went to a retired mailbox")
        .contains("Alert 14 days before expiry", "Automate renewal");
    screenshot("export");

    List<LogEntry> problems =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .filter(e -> !e.getMessage().contains("favicon.ico"))
            .toList();
    assertThat(problems).as("errors in the browser's console").isEmpty();
  }
}
