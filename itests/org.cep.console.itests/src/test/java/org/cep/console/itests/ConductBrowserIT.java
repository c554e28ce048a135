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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The conduct-enforcement pages (served from org.cep.conduct through its Cep-Console-Pages header) in headless
 * Chromium: an officer records a compliance check, the judge decides a fine and orders substitute performance,
 * the respondent's history shows the ladder's next step; a court without the capability has no menu entry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConductBrowserIT {
    static final String COURT = "hlj-harbin-ip";
    static final String OFF = "hlj-keshan";
    static final String PASSWORD = "Qz7#" + UUID.randomUUID().toString().substring(0, 12) + "!Cd";
    static final String RESPONDENT = "哈尔滨某鞋业有限公司";

    Distribution dist;
    Api api;
    String admin;
    long caseId;
    long apology;
    long fine;
    ChromeDriver driver;
    WebDriverWait wait;
    final Path shots = Path.of("target", "console-screenshots");

    @BeforeAll
    void startDistribution() throws Exception {
        boolean browser = Files.isExecutable(Path.of(System.getProperty("cep.chromium")))
                && Files.isExecutable(Path.of(System.getProperty("cep.chromedriver")));
        if (!browser && !Boolean.parseBoolean(System.getenv("CEP_IT_REQUIRE_BROWSER"))) {
            System.out.println("******** Chromium not found: the conduct-enforcement browser tests are SKIPPED");
        }
        Assumptions.assumeTrue(browser || Boolean.parseBoolean(System.getenv("CEP_IT_REQUIRE_BROWSER")), "no Chromium");
        dist = Distribution.start(Path.of(System.getProperty("cep.dist")), Path.of(System.getProperty("cep.workdir") + "-conduct"),
                "Adm#" + UUID.randomUUID().toString().substring(0, 12) + "!Zc");
        api = new Api(dist.base());
        admin = api.login("hlj-high", "admin", dist.adminPassword);
        api.ok("PUT", "/courts/" + COURT + "/capabilities/conduct-enforcement", admin, Map.of("enabled", true, "reason", "conduct browser test"));
        createUser(COURT, "officer1", "赵执行", List.of("enforcement-officer", "clerk"));
        createUser(COURT, "judge1", "钱法官", List.of("enforcement-judge"));
        createUser(OFF, "officer2", "孙执行", List.of("enforcement-officer"));
        String officer = api.login(COURT, "officer1", PASSWORD);
        caseId = api.ok("POST", "/cases", officer, Map.of("caseNumber", "（2026）黑01执88号", "applicant", "某专利权人", "respondent", RESPONDENT,
                "amountOwedFen", 20_000_000)).get("id").asLong();
        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        api.ok("POST", "/conduct-enforcement/cases/" + caseId + "/obligations", officer, Map.of("itemNo", 1, "kind", "ABSTAIN",
                "description", "停止制造、销售侵权鞋底", "deadline", deadline, "sourceDocument", "（2025）黑01知民初88号民事判决书第一项"));
        apology = api.ok("POST", "/conduct-enforcement/cases/" + caseId + "/obligations", officer, Map.of("itemNo", 2, "kind", "ACT",
                "description", "刊登声明，消除影响", "deadline", deadline, "sourceDocument", "（2025）黑01知民初88号民事判决书第二项"))
                .get("obligation").get("id").asLong();
        api.ok("POST", "/conduct-enforcement/obligations/" + apology + "/checks", officer, Map.of("finding", "NOT_COMPLIED"));
        fine = api.ok("POST", "/cases/" + caseId + "/sanctions", officer, Map.of("kind", "FINE", "partyType", "ORGANISATION",
                "reason", "拒不刊登声明", "amountFen", 5_000_000)).get("id").asLong();
        Files.createDirectories(shots);
    }

    void createUser(String court, String user, String name, List<String> roles) throws Exception {
        api.ok("POST", "/admin/courts/" + court + "/users", admin, Map.of("username", user, "displayName", name, "password", PASSWORD, "roles", roles));
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
        if (driver != null) shot("conduct-last-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
        if (driver != null) driver.quit();
        driver = null;
    }

    void shot(String name) throws Exception {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    void open(String route) {
        driver.get(dist.base() + "/console/" + (route.isEmpty() ? "" : "#/" + route));
    }

    void login(String court, String user) {
        open("");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        WebElement courtField = driver.findElement(By.name("courtId"));
        courtField.clear();
        courtField.sendKeys(court);
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(PASSWORD);
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

    /** opens a details element and returns its form */
    WebElement openForm(String detailsCss, String formId) {
        WebElement details = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(detailsCss)));
        details.findElement(By.tagName("summary")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(formId)));
    }

    @Test
    @Order(1)
    void theOfficerSeesTheObligationsInChineseAndRecordsACheck() throws Exception {
        browser();
        login(COURT, "officer1");
        assertTrue(text(By.id("nav")).contains("行为执行"));
        open("conduct/cases/" + caseId);
        waitText(By.id("cd-obligations"), "未履行");
        String table = text(By.id("cd-obligations"));
        assertTrue(table.contains("停止制造、销售侵权鞋底") && table.contains("待履行") && table.contains("不作为义务"), table);
        WebElement check = openForm("details[data-check]", "cd-check-" + firstObligationId());
        new Select(check.findElement(By.name("finding"))).selectByValue("COMPLIED");
        new Select(check.findElement(By.name("evidenceType"))).selectByValue("TEST_PURCHASE");
        check.findElement(By.name("evidence")).sendKeys("公证购买未发现侵权产品");
        check.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.id("cd-obligations"), "已履行");
        waitText(By.id("cd-sanctions"), "罚款");
        assertTrue(text(By.id("cd-sanctions")).contains("已提请"));
        assertTrue(driver.findElements(By.cssSelector("[data-decide]")).isEmpty(), "an officer gets no decision form");
        shot("cd-01-officer-case");
    }

    @Test
    @Order(2)
    void theJudgeDecidesTheFineAndOrdersSubstitutePerformance() throws Exception {
        browser();
        login(COURT, "judge1");
        open("conduct/cases/" + caseId);
        WebElement decide = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cd-decide-" + fine)));
        decide.findElement(By.name("decisionDocument")).sendKeys("（2026）黑01执88号之一罚款决定书");
        decide.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.id("cd-sanctions"), "已决定");
        WebElement sub = openForm("details[data-substitute='" + apology + "']", "cd-substitute-" + apology);
        sub.findElement(By.name("performer")).sendKeys("黑龙江法治报社");
        sub.findElement(By.name("cost")).sendKeys("8000");
        sub.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.id("cd-obligations"), "已代履行");
        waitText(By.id("cd-claims"), "8,000.00 元");
        shot("cd-02-judge-case");
        // the respondent's history with the ladder's advice
        open("conduct");
        WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cd-history-form")));
        history.findElement(By.name("respondent")).sendKeys(RESPONDENT);
        history.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.id("cd-advice"), "建议下一步");
        assertTrue(text(By.id("cd-advice")).contains("罚款"), text(By.id("cd-advice")));
        shot("cd-03-history");
    }

    @Test
    @Order(3)
    void aCourtWithoutTheCapabilityHasNoMenuEntry() throws Exception {
        browser();
        login(OFF, "officer2");
        String nav = text(By.id("nav"));
        assertTrue(nav.contains("执行案件"), nav);
        assertFalse(nav.contains("行为执行"), nav);
    }

    long firstObligationId() throws Exception {
        JsonNode c = api.ok("GET", "/conduct-enforcement/cases/" + caseId, api.login(COURT, "officer1", PASSWORD), null);
        return c.get("obligations").get(0).get("id").asLong();
    }
}
