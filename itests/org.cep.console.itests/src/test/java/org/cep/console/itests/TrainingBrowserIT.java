package org.cep.console.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The training pages (served from the training bundle through its Cep-Console-Pages header) in headless
 * Chromium: the high court's trainer writes a module with a drill and publishes a new version, its court admin
 * shares it province-wide, a basic court's officer takes the drill and sees the score, that court's admin sees
 * completion, adopts the module and is told of a newer version; standards and the case library. Screenshots
 * in target/console-screenshots/training-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingBrowserIT {
    static final String HIGH = "hlj-high";
    static final String KEDONG = "hlj-kedong";
    static final String PASSWORD = "Tr7#" + UUID.randomUUID().toString().substring(0, 12) + "!Px";
    static final String TITLE = "活查封清点与监管要点";

    Distribution dist;
    Api api;
    String admin;
    long moduleId;
    ChromeDriver driver;
    WebDriverWait wait;
    final Path shots = Path.of("target", "console-screenshots");

    @BeforeAll
    void startDistribution() throws Exception {
        boolean browser = Files.isExecutable(Path.of(System.getProperty("cep.chromium")))
                && Files.isExecutable(Path.of(System.getProperty("cep.chromedriver")));
        if (!browser && !Boolean.parseBoolean(System.getenv("CEP_IT_REQUIRE_BROWSER"))) {
            System.out.println("******** Chromium not found: the training browser tests are SKIPPED; apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(browser || Boolean.parseBoolean(System.getenv("CEP_IT_REQUIRE_BROWSER")), "no Chromium");
        dist = Distribution.start(Path.of(System.getProperty("cep.dist")), Path.of(System.getProperty("cep.workdir") + "-training"),
                "Adm#" + UUID.randomUUID().toString().substring(0, 12) + "!Tz");
        api = new Api(dist.base());
        admin = api.login(HIGH, "admin", dist.adminPassword);
        createUser(HIGH, "tr-trainer", "高院培训员", List.of("trainer"));
        createUser(HIGH, "tr-admin", "高院管理员", List.of("court-admin"));
        createUser(KEDONG, "tr-officer", "克东执行员", List.of("enforcement-officer"));
        createUser(KEDONG, "tr-kadmin", "克东管理员", List.of("court-admin"));
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
        driver = HeadlessChromium.start(1280, 1400);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (driver != null) shot("last-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
        if (driver != null) driver.quit();
        driver = null;
    }

    void shot(String name) throws Exception {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("training-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** opens the route, logging in first as the given user */
    void as(String court, String user, String route) {
        browser();
        driver.get(dist.base() + "/console/#/" + route);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        WebElement courtField = driver.findElement(By.name("courtId"));
        courtField.clear();
        courtField.sendKeys(court);
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav")));
    }

    String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    void waitText(By by, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, expected));
    }

    void expand(String formId) {
        WebElement details = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(formId))).findElement(By.xpath("ancestor::details"));
        if (details.getAttribute("open") == null) details.findElement(By.tagName("summary")).click();
    }

    void type(String formId, Map<String, String> values) {
        WebElement f = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(formId)));
        values.forEach((k, v) -> {
            WebElement e = f.findElement(By.name(k));
            e.clear();
            e.sendKeys(v);
        });
    }

    void submit(String formId) {
        driver.findElement(By.cssSelector("#" + formId + " button[type=submit]")).click();
    }

    @Test
    @Order(1)
    void theTrainerWritesAModuleWithADrillAndPublishesANewVersion() throws Exception {
        as(HIGH, "tr-trainer", "training");
        waitText(By.id("nav"), "培训");
        expand("module-form");
        type("module-form", Map.of("titleZh", TITLE, "bodyZh", "一、逐栏清点数量、月龄与健康状况。\n二、约定还款与出售方式。"));
        driver.findElement(By.name("stage-LIVE_SEIZURE")).click();
        submit("module-form");
        waitText(By.id("module-title"), TITLE);
        moduleId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*training/modules/(\\d+).*", "$1"));
        assertTrue(text(By.id("module-body")).contains("约定还款"));

        expand("question-form");
        type("question-form", Map.of("prompt", "活查封的生猪由谁继续饲养？", "options", "法院\n被执行人\n申请人", "correct", "2",
                "explanation", "活查封的财产留在被执行人处，由其在法院监督下继续经营。"));
        submit("question-form");
        waitText(By.id("tr-questions"), "活查封的生猪由谁继续饲养？");
        assertTrue(text(By.id("tr-questions")).contains("被执行人"));

        expand("version-form");
        WebElement body = driver.findElement(By.cssSelector("#version-form textarea[name=bodyZh]"));
        body.sendKeys("\n三、定期回访，提醒防疫。");
        type("version-form", Map.of("changeNote", "补充回访要求"));
        submit("version-form");
        waitText(By.id("tr-versions"), "补充回访要求");
        assertTrue(text(By.id("tr-versions")).contains("第 2 版"));
        assertTrue(text(By.id("module-body")).contains("定期回访"));
        shot("01-module-page");
        // a trainer neither shares nor takes drills
        assertTrue(driver.findElements(By.id("share-form")).isEmpty());
        assertTrue(driver.findElements(By.id("drill-form")).isEmpty());
    }

    @Test
    @Order(2)
    void theCourtAdminSharesItProvinceWide() throws Exception {
        as(HIGH, "tr-admin", "training/modules/" + moduleId);
        waitText(By.id("module-title"), TITLE);
        assertTrue(driver.findElements(By.id("version-form")).isEmpty(), "only trainers write modules");
        WebElement share = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("share-form")));
        share.findElement(By.name("provinceWide")).click();
        submit("share-form");
        waitText(By.id("tr-shares"), KEDONG);
        shot("02-shared-province-wide");
    }

    @Test
    @Order(3)
    void aBasicCourtsOfficerTakesTheDrillAndSeesTheScore() throws Exception {
        as(KEDONG, "tr-officer", "training");
        waitText(By.id("tr-shared"), TITLE);
        assertTrue(driver.findElements(By.id("module-form")).isEmpty(), "an officer writes no modules");
        assertTrue(driver.findElements(By.id("tr-completion")).isEmpty(), "an officer does not see the court's completion");
        driver.findElement(By.linkText(TITLE)).click();
        waitText(By.id("shared-from"), "黑龙江省高级人民法院");
        assertTrue(text(By.id("shared-from")).contains("第 2 版"));
        WebElement drill = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drill-form")));
        assertFalse(drill.getText().contains("监督下继续经营"), "no explanation before submitting");
        drill.findElement(By.cssSelector("input[data-option='1']")).click();
        submit("drill-form");
        waitText(By.id("drill-score"), "得分：1 / 1（100%）");
        assertTrue(text(By.id("drill-result")).contains("监督下继续经营"));
        shot("03-drill-score");
        // English beside
        driver.findElement(By.id("lang")).click();
        waitText(By.id("nav"), "Training");
        driver.findElement(By.id("lang")).click();
    }

    @Test
    @Order(4)
    void theReceivingCourtSeesCompletionAdoptsAndIsToldOfANewerVersion() throws Exception {
        as(KEDONG, "tr-kadmin", "training");
        waitText(By.id("tr-completion"), "tr-officer@" + KEDONG);
        assertTrue(text(By.id("tr-completion")).contains("1 / 1"));
        driver.findElement(By.cssSelector("#tr-shared a")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("adopt"))).click();
        waitText(By.id("shared-from"), "已采用 第 2 版");
        shot("04-adopted");

        String trainer = api.login(HIGH, "tr-trainer", PASSWORD);
        JsonNode current = api.ok("GET", "/training/modules/" + moduleId, trainer, null);
        api.ok("POST", "/training/modules/" + moduleId + "/versions", trainer, Map.of("titleZh", TITLE, "bodyZh",
                current.get("bodyZh").asText() + "\n四、出售时到场监督过磅。", "stages", List.of("LIVE_SEIZURE"), "changeNote", "补充出售环节", "baseVersion", 2));
        driver.navigate().refresh();
        waitText(By.id("newer"), "有新版本");
        assertEquals("更新到最新版本", text(By.id("adopt")));
        driver.findElement(By.id("adopt")).click();
        waitText(By.id("shared-from"), "已采用 第 3 版");
        driver.findElement(By.linkText("返回")).click();
        waitText(By.id("tr-adoptions"), "第 3 版");
    }

    @Test
    @Order(5)
    void officersSeeTheStandardThatAppliesAndTheCaseLibrary() throws Exception {
        String highAdmin = api.login(HIGH, "tr-admin", PASSWORD);
        api.ok("PUT", "/training/standards/SETTLEMENT", highAdmin, Map.of("titleZh", "全省执行和解统一流程",
                "steps", List.of("审查和解协议", "登记履行期限"), "requiredDocuments", List.of("和解协议"), "deadlines", List.of("届满后 3 日内核查")));
        as(KEDONG, "tr-officer", "training");
        WebElement settlement = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tr-standards [data-stage='SETTLEMENT']")));
        wait.until(d -> settlement.getText().contains("全省标准"));
        assertTrue(settlement.getText().contains("全省执行和解统一流程") && settlement.getText().contains("审查和解协议"), settlement.getText());
        assertTrue(text(By.cssSelector("#tr-standards [data-stage='ACCEPTANCE']")).contains("尚无标准"));
        waitText(By.id("tr-cases"), "克东");
        driver.findElement(By.cssSelector("#tr-cases a[href$='kedong-live-seizure']")).click();
        waitText(By.id("case-study-title"), "活查封");
        assertTrue(text(By.id("app")).contains("40 头"));
        shot("05-case-library");
    }
}
