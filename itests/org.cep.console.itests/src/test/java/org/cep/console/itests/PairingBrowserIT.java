package org.cep.console.itests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pairing pages (brought by the pairing bundle through its Cep-Console-Pages header) in headless Chromium: the
 * high court makes a pair in the console and reads explained suggestions; the mentee asks for help, the mentor sees it
 * in its work and answers; both see the gap. Screenshots under target/console-screenshots/pairing-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PairingBrowserIT {
    static final String MENTOR = "hlj-daoli";    // advanced, every capability
    static final String MENTEE = "hlj-binxian";  // standard: live seizure, training, pairing
    static final String PASSWORD = "Pr7#" + UUID.randomUUID().toString().substring(0, 12) + "!Qm";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    Distribution dist;
    Api api;
    String admin;
    ChromeDriver driver;
    WebDriverWait wait;
    long pairId;
    final Path shots = Path.of("target", "console-screenshots");

    @BeforeAll
    void startDistribution() throws Exception {
        boolean browser = Files.isExecutable(Path.of(System.getProperty("cep.chromium")))
                && Files.isExecutable(Path.of(System.getProperty("cep.chromedriver")));
        if (!browser && !Boolean.parseBoolean(System.getenv("CEP_IT_REQUIRE_BROWSER"))) {
            System.out.println("******** Chromium not found: the pairing browser tests are SKIPPED; apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(browser || Boolean.parseBoolean(System.getenv("CEP_IT_REQUIRE_BROWSER")), "no Chromium");
        dist = Distribution.start(Path.of(System.getProperty("cep.dist")), Path.of(System.getProperty("cep.workdir") + "-pairing"),
                "Adm#" + UUID.randomUUID().toString().substring(0, 12) + "!Zx");
        api = new Api(dist.base());
        admin = api.login("hlj-high", "admin", dist.adminPassword);
        api.ok("POST", "/admin/courts/" + MENTOR + "/users", admin, Map.of("username", "mentor1", "displayName", "赵帮扶", "password", PASSWORD,
                "roles", List.of("court-admin", "trainer")));
        api.ok("POST", "/admin/courts/" + MENTEE + "/users", admin, Map.of("username", "mentee1", "displayName", "钱受援", "password", PASSWORD,
                "roles", List.of("court-admin", "enforcement-judge")));
        Files.createDirectories(shots);
    }

    @AfterAll
    void stopDistribution() throws Exception {
        if (dist != null) dist.close();
    }

    void browser() {
        driver = HeadlessChromium.start(1280, 1000);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (driver != null) shot("pairing-last-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
        if (driver != null) driver.quit();
        driver = null;
    }

    void shot(String name) throws Exception {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    void open(String route) {
        driver.get(dist.base() + "/console/" + (route.isEmpty() ? "" : "#/" + route));
    }

    void login(String court, String user, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        WebElement courtField = driver.findElement(By.name("courtId"));
        courtField.clear();
        courtField.sendKeys(court);
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav")));
        wait.until(d -> !d.findElement(By.id("who")).getText().isBlank());
    }

    String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    void waitText(By by, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, expected));
    }

    /** Date inputs take their value in the browser's locale when typed; the value property is ISO everywhere. */
    void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    /** Opens the "make a pair" form of the pairing page and submits the mentor, the mentee, an end date and goals. */
    void makePair(LocalDate end, String goals) {
        driver.findElement(By.cssSelector("#app details summary")).click();
        WebElement f = driver.findElement(By.id("pair-form"));
        f.findElement(By.name("mentorCourtId")).sendKeys(MENTOR);
        f.findElement(By.name("menteeCourtId")).sendKeys(MENTEE);
        setValue(f.findElement(By.name("endDate")), end.toString());
        f.findElement(By.name("goals")).sendKeys(goals);
        f.findElement(By.cssSelector("button[type=submit]")).click();
    }

    @Test
    @Order(1)
    void theHighCourtMakesAPairAndReadsExplainedSuggestions() throws Exception {
        browser();
        open("");
        login("hlj-high", "admin", dist.adminPassword);
        assertTrue(text(By.id("nav")).contains("结对帮扶"));
        driver.findElement(By.id("nav-pairing")).click();
        waitText(By.id("app"), "推荐帮扶法院");

        WebElement suggest = driver.findElement(By.id("suggest-form"));
        suggest.findElement(By.name("menteeCourtId")).sendKeys(MENTEE);
        suggest.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.id("pr-suggestions"), "可补齐受援法院未开通的功能");
        String suggestions = text(By.id("pr-suggestions"));
        assertTrue(suggestions.contains("法院层级距离") && suggestions.contains("信息化水平高出"), suggestions);
        shot("pairing-01-suggestions");

        makePair(TODAY.plusDays(180), "tech 技术支持\nstaff 培养执行骨干");
        waitText(By.id("pr-pair"), "建立方");
        String pair = text(By.id("pr-pair"));
        assertTrue(pair.contains("宾县人民法院") && pair.contains("技术支持"), pair);
        pairId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*#/pairing/", ""));
        waitText(By.id("pr-gap"), "差距");
        shot("pairing-02-pair-made");

        // the same refusal the API gives, in Chinese: the two courts may not be paired twice for the same goal
        open("pairing");
        waitText(By.id("pr-pairs"), "#" + pairId);
        makePair(TODAY.plusDays(30), "tech 技术支持");
        waitText(By.cssSelector("#pair-form .error"), "OVERLAPPING_PAIR");
        shot("pairing-03-overlap-refused");
    }

    @Test
    @Order(2)
    void theMenteeAsksTheMentorAnswersAndBothSeeTheGap() throws Exception {
        Assumptions.assumeTrue(pairId > 0, "the pair of the first test");
        browser();
        open("pairing/" + pairId);
        login(MENTEE, "mentee1", PASSWORD);
        waitText(By.id("pr-pair"), "受援方");
        driver.findElement(By.cssSelector("#pr-help details summary")).click();
        WebElement ask = driver.findElement(By.id("help-form"));
        ask.findElement(By.name("title")).sendKeys("执行指挥系统部署");
        ask.findElement(By.name("body")).sendKeys("请派技术人员协助部署。");
        setValue(ask.findElement(By.name("deadline")), TODAY.plusDays(5).toString());
        ask.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.id("pr-help"), "执行指挥系统部署");
        shot("pairing-04-mentee-asked");
        driver.findElement(By.id("logout")).click();

        login(MENTOR, "mentor1", PASSWORD);
        open("work");
        waitText(By.id("app"), "待答复的帮助请求");
        open("pairing/" + pairId);
        waitText(By.id("pr-pair"), "帮扶方");
        waitText(By.id("pr-help"), "执行指挥系统部署");
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pr-help form")));
        answer.findElement(By.name("answer")).sendKeys("下周一派两名技术人员到院。");
        answer.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.id("pr-help"), "下周一派两名技术人员到院。");
        String gap = text(By.id("pr-gap"));
        assertTrue(gap.contains("先进") && gap.contains("cross-enforcement"), gap);
        assertTrue(gap.contains("交叉执行指标") || gap.contains("接收交叉执行案件"), gap);
        assertFalse(text(By.id("pr-training")).isBlank());
        shot("pairing-05-mentor-answered");
    }
}
