package org.cep.console.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The console in a real headless Chromium (Debian's, with its chromedriver) against the assembled
 * distribution. Each test saves a screenshot under target/console-screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {
    static final String KEDONG = "hlj-kedong"; // live seizure on (override)
    static final String KESHAN = "hlj-keshan"; // live seizure off
    static final String HOSTILE = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";
    static final String PASSWORD = "Qz7#" + UUID.randomUUID().toString().substring(0, 12) + "!Lm";

    Distribution dist;
    Api api;
    String admin;
    long hostileCaseId;
    ChromeDriver driver;
    WebDriverWait wait;
    final Path shots = Path.of("target", "console-screenshots");

    @BeforeAll
    void startDistribution() throws Exception {
        // like the MariaDB run: skipped with a message on a machine without the browser, a failure in CI
        boolean browser = Files.isExecutable(Path.of(System.getProperty("cep.chromium")))
                && Files.isExecutable(Path.of(System.getProperty("cep.chromedriver")));
        if (!browser && !Boolean.parseBoolean(System.getenv("CEP_IT_REQUIRE_BROWSER"))) {
            System.out.println("******** Chromium not found (" + System.getProperty("cep.chromium") + ", " + System.getProperty("cep.chromedriver")
                    + "): the console's browser tests are SKIPPED; apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(browser || Boolean.parseBoolean(System.getenv("CEP_IT_REQUIRE_BROWSER")), "no Chromium");
        dist = Distribution.start(Path.of(System.getProperty("cep.dist")), Path.of(System.getProperty("cep.workdir")),
                "Adm#" + UUID.randomUUID().toString().substring(0, 12) + "!Zx");
        api = new Api(dist.base());
        admin = api.login("hlj-high", "admin", dist.adminPassword);
        createUser(KEDONG, "officer1", "王执行", List.of("enforcement-officer", "clerk"));
        createUser(KEDONG, "judge1", "刘法官", List.of("enforcement-judge"));
        createUser(KESHAN, "officer2", "李执行", List.of("enforcement-officer", "clerk"));
        String kedong = api.login(KEDONG, "officer1", PASSWORD);
        JsonNode c = api.ok("POST", "/cases", kedong, Map.of("caseNumber", "(2025)黑0230执7号", "applicant", "克东县信用合作社" + "长".repeat(190),
                "respondent", HOSTILE, "amountOwedFen", 12_345_678));
        hostileCaseId = c.get("id").asLong();
        Files.createDirectories(shots);
    }

    void createUser(String court, String user, String name, List<String> roles) throws Exception {
        api.ok("POST", "/admin/courts/" + court + "/users", admin, Map.of("username", user, "displayName", name, "password", PASSWORD, "roles", roles));
    }

    @AfterAll
    void stopDistribution() throws Exception {
        if (dist != null) dist.close();
    }

    void browser(int width, int height) {
        driver = HeadlessChromium.start(width, height);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        // the last state of every test, also of a failed one
        if (driver != null) shot("last-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
        if (driver != null) driver.quit();
        driver = null;
    }

    void shot(String name) throws Exception {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void open(String route) {
        driver.get(dist.base() + "/console/" + (route.isEmpty() ? "" : "#/" + route));
    }

    /** Logs out, logs in as another user of the court (who lands on "my work") and opens the page again. */
    void reopenAs(String court, String user, String url) {
        driver.findElement(By.id("logout")).click();
        login(court, user);
        waitText(By.id("app"), "我的工作");
        driver.get(url);
    }

    void login(String court, String user) {
        login(court, user, PASSWORD);
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

    long transferred() {
        return ((Number) js("const n = performance.getEntriesByType('navigation')[0];"
                + "return n.transferSize + performance.getEntriesByType('resource').reduce((a, r) => a + r.transferSize, 0);")).longValue();
    }

    @Test
    @Order(1)
    void firstLoadIsFastAndSmallAndTheLoginIsChinese() throws Exception {
        browser(1280, 900);
        open("");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        double readyMs = ((Number) js("return performance.getEntriesByName('cep:login-ready')[0].startTime")).doubleValue();
        long loginBytes = transferred();
        long files = ((Number) js("return performance.getEntriesByType('resource').length + 1")).longValue();
        assertEquals("zh-CN", js("return document.documentElement.lang"));
        String form = text(By.id("login-form"));
        assertTrue(form.contains("法院代码") && form.contains("用户名") && form.contains("密码"), form);
        shot("01-login-zh");

        login(KEDONG, "officer1");
        waitText(By.id("app"), "我的工作");
        waitText(By.id("work-counts"), "30 天内到期的查封");
        String nav = text(By.id("nav"));
        assertTrue(nav.contains("执行案件") && nav.contains("活查封"), nav);
        assertTrue(text(By.id("who")).contains("王执行"));
        long allBytes = transferred();
        System.out.printf("******** console first load: login page usable after %.0f ms, %d files, %d bytes transferred;"
                + " after login with the page modules %d bytes%n", readyMs, files, loginBytes, allBytes);
        assertTrue(readyMs < 1000, "login page usable after " + readyMs + " ms");
        assertTrue(loginBytes < 500_000 && allBytes < 500_000, loginBytes + " / " + allBytes + " bytes");
        // the token: in sessionStorage, in no URL, not kept across browser sessions
        String token = (String) js("return sessionStorage.getItem('cep.token')");
        assertNotNull(token);
        assertFalse(driver.getCurrentUrl().contains(token));
        assertNull(js("return localStorage.getItem('cep.token')"));
        shot("02-my-work-zh");

        driver.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertNull(js("return sessionStorage.getItem('cep.token')"));
        assertEquals(401, api.call("GET", "/auth/me", token, null).status(), "logout ends the session on the server");
    }

    @Test
    @Order(2)
    void aCapabilitySwitchedOffLeavesTheMenu() throws Exception {
        browser(1280, 900);
        open("");
        login(KESHAN, "officer2");
        String nav = text(By.id("nav"));
        assertTrue(nav.contains("执行案件"), nav);
        assertFalse(nav.contains("活查封"), "live seizure is off in " + KESHAN + ": " + nav);
        shot("03-menu-without-live-seizure");
        driver.findElement(By.id("logout")).click();
        login(KEDONG, "officer1");
        assertTrue(text(By.id("nav")).contains("活查封"));
        try {
            api.ok("PUT", "/courts/" + KEDONG + "/capabilities/live-seizure", admin, Map.of("enabled", false, "reason", "console test"));
            driver.findElement(By.id("nav-cases")).click();
            wait.until(d -> !d.findElement(By.id("nav")).getText().contains("活查封"));
            assertTrue(text(By.id("nav")).contains("执行案件"));
            shot("04-live-seizure-switched-off");
        } finally {
            api.ok("PUT", "/courts/" + KEDONG + "/capabilities/live-seizure", admin, Map.of("enabled", true, "override", true, "reason", "console test"));
        }
    }

    @Test
    @Order(3)
    void anotherCourtsRecordByUrlShowsTheApisChineseRefusal() throws Exception {
        Api.Reply refused = api.call("GET", "/cases/" + hostileCaseId, api.login(KESHAN, "officer2", PASSWORD), null);
        assertTrue(refused.status() == 404 || refused.status() == 403, refused.toString());
        String messageZh = refused.body().get("messageZh").asText();
        browser(1280, 900);
        open("cases/" + hostileCaseId);
        login(KESHAN, "officer2");
        waitText(By.cssSelector("#app .error"), messageZh);
        assertFalse(text(By.id("app")).contains("window.__pwned"), "nothing of the other court's case is shown");
        assertTrue(driver.getCurrentUrl().endsWith("#/cases/" + hostileCaseId));
        shot("05-other-court-refused");
    }

    @Test
    @Order(4)
    void hostileAndVeryLongDataIsShownAsText() throws Exception {
        browser(1280, 900);
        open("cases/" + hostileCaseId);
        login(KEDONG, "officer1");
        waitText(By.id("app"), HOSTILE);
        assertNull(js("return window.__pwned === undefined ? null : window.__pwned"), "the party name ran as code");
        assertEquals(0L, ((Number) js("return document.querySelectorAll('main script, main img').length")).longValue());
        assertTrue(text(By.id("app")).contains("123,456.78 元"));
        assertTrue((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth + 1"), "a 190-character name must wrap");
        shot("06-hostile-data-as-text");
    }

    @Test
    @Order(5)
    void englishIsAClickAway() throws Exception {
        browser(1280, 900);
        open("");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        driver.findElement(By.id("lang")).click();
        waitText(By.id("login-form"), "Court id");
        assertEquals("en", js("return document.documentElement.lang"));
        login(KEDONG, "officer1");
        waitText(By.id("app"), "My work");
        String nav = text(By.id("nav"));
        assertTrue(nav.contains("Cases") && nav.contains("Live seizure"), nav);
        driver.navigate().refresh();
        waitText(By.id("app"), "My work");
        shot("07-my-work-en");
        driver.findElement(By.id("lang")).click();
        waitText(By.id("app"), "我的工作");
    }

    @Test
    @Order(6)
    void aPhoneSizedScreenNeedsNoSideScrolling() throws Exception {
        browser(390, 844);
        open("cases");
        login(KEDONG, "officer1");
        waitText(By.id("case-list"), "（2025）黑0230执7号");
        assertTrue((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth + 1"),
                "page wider than the phone: " + js("return document.documentElement.scrollWidth") + " > " + js("return window.innerWidth"));
        assertTrue(driver.findElement(By.id("nav-cases")).isDisplayed());
        shot("08-phone-cases");
    }

    @Test
    @Order(7)
    void theLiveSeizureFlowThroughThePages() throws Exception {
        browser(1280, 1400);
        open("cases/new");
        login(KEDONG, "officer1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-form")));
        fill("case-form", Map.of("caseNumber", "(2025)黑0230执8号", "applicant", "张三", "respondent", "克东牧业", "amountOwed", "200000"));
        waitText(By.id("case-title"), "（2025）黑0230执8号");
        expand("lot-form");
        fill("lot-form", Map.of("label", "西门塔尔牛", "count", "40", "ageMonths", "14", "avgWeightKg", "420", "value", "12000", "identifiers", "EAR-0001…EAR-0040"));
        waitText(By.id("app"), "西门塔尔牛");
        expand("propose-form");
        WebElement propose = driver.findElement(By.id("propose-form"));
        propose.findElement(By.name("reason")).sendKeys("现场活封");
        propose.findElement(By.name("confirmWarnings")).click();
        propose.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.id("seizure-title"), "拟查封");
        expand("activate-form");
        driver.findElement(By.cssSelector("#activate-form button[type=submit]")).click();
        waitText(By.id("seizure-title"), "活封中");
        expand("sale-report-form");
        fill("sale-report-form", Map.of("buyer", "克东县某肉联厂", "expected", "480000"));
        waitText(By.id("seizure-title"), "已报告出售");
        assertTrue(driver.findElements(By.id("decision-form")).isEmpty(), "an officer is not offered the decision");
        // the enforcement judge decides, in a session of their own
        String seizurePage = driver.getCurrentUrl();
        reopenAs(KEDONG, "judge1", seizurePage);
        waitText(By.id("seizure-title"), "已报告出售");
        expand("decision-form");
        driver.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        waitText(By.id("seizure-title"), "已批准出售");
        reopenAs(KEDONG, "officer1", seizurePage);
        waitText(By.id("seizure-title"), "已批准出售");
        expand("sale-form");
        fill("sale-form", Map.of("soldCount", "40", "weightKg", "16800", "price", "480000", "buyer", "克东县某肉联厂"));
        waitText(By.id("seizure-title"), "已售出");
        expand("ledger-form");
        fill("ledger-form", Map.of("amount", "480000", "party", "克东县某肉联厂"));
        waitText(By.id("ledger"), "480,000.00 元");
        assertFalse(text(By.id("timeline")).isBlank());
        shot("09-seizure-page");
    }

    @Test
    @Order(7)
    void aViolationIsExplainedSanctionedAndResolvedThroughThePages() throws Exception {
        // a herd seized and a visit that finds 3 of 20 missing, made over the API; the rest through the pages
        String officer = api.login(KEDONG, "officer1", PASSWORD);
        long caseId = api.ok("POST", "/cases", officer, Map.of("caseNumber", "(2025)黑0230执9号", "applicant", "某饲料店", "respondent", "某养殖户",
                "amountOwedFen", 5_000_000)).get("id").asLong();
        long lot = api.ok("POST", "/live-seizure/cases/" + caseId + "/lots", officer, Map.of("label", "育肥猪", "unit", "头", "count", 20,
                "valuePerUnitFen", 200_000)).get("id").asLong();
        long seizure = api.ok("POST", "/live-seizure/cases/" + caseId + "/seizures", officer, Map.of("items", Map.of(String.valueOf(lot), 20),
                "reason", "现场活封", "confirmWarnings", true)).get("seizure").get("id").asLong();
        api.ok("POST", "/live-seizure/seizures/" + seizure + "/activate", officer, Map.of());
        api.ok("POST", "/live-seizure/seizures/" + seizure + "/inspections", officer, Map.of("date", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
                "inspectors", "王警官", "counts", Map.of(String.valueOf(lot), 17)));
        long violation = api.ok("GET", "/live-seizure/seizures/" + seizure + "/violations", officer, null).get(0).get("id").asLong();

        browser(1280, 1400);
        open("seizures/" + seizure);
        login(KEDONG, "officer1");
        waitText(By.id("violations"), "短少 3");
        assertTrue(driver.findElements(By.id("consequence-form-" + violation)).isEmpty(), "an officer does not decide the consequence");
        expand("explain-form-" + violation);
        fill("explain-form-" + violation, Map.of("kind", "SOLD_WITHOUT_LEAVE", "text", "被执行人擅自出售3头", "buyer", "邻村收购商", "price", "4500", "evidence", "询问笔录"));
        waitText(By.id("violations"), "SOLD_WITHOUT_LEAVE");
        expand("adjust-form-" + violation);
        fill("adjust-form-" + violation, Map.of("count-" + lot, "17", "reason", "3头已被擅自出售", "evidence", "询问笔录、收购单据"));
        waitText(By.id("violations"), "3头已被擅自出售");

        String page = driver.getCurrentUrl();
        reopenAs(KEDONG, "judge1", page);
        waitText(By.id("violations"), "短少 3");
        expand("consequence-form-" + violation);
        fill("consequence-form-" + violation, Map.of("decision", "SANCTION", "sanctionKind", "FINE", "fine", "10000", "note", "责令追回价款"));
        waitText(By.id("violations"), "已提请制裁");
        expand("resolve-form-" + violation);
        fill("resolve-form-" + violation, Map.of("note", "已罚款并责令追回"));
        waitText(By.id("violations"), "RESOLVED");
        waitText(By.id("seizure-title"), "活封中");
        JsonNode fine = api.ok("GET", "/cases/" + caseId + "/sanctions", officer, null).get(0);
        assertEquals(1_000_000, fine.get("amountFen").asLong(), "the fine in fen on the case's sanctions ladder");
        assertEquals("live-seizure:violation:" + violation, fine.get("source").asText());
        shot("09b-violation-resolved");
        driver.findElement(By.id("logout")).click();
    }

    @Test
    @Order(8)
    void provincialItSeesTheMatrixSwitchesCourtAndTheBellCountsWork() throws Exception {
        browser(1280, 1000);
        open("province");
        login("hlj-high", "admin", dist.adminPassword);
        waitText(By.id("court-matrix"), KEDONG);
        WebElement kedongRow = driver.findElement(By.xpath("//section[@id='court-matrix']//tr[.//div[text()='" + KEDONG + "']]"));
        assertTrue(kedongRow.getText().contains("已开通"), kedongRow.getText());
        shot("10-province-matrix");
        // the court switcher: the administration page shows the chosen court's users
        WebElement switcher = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("court-switch")));
        wait.until(d -> switcher.findElements(By.cssSelector("option[value='" + KEDONG + "']")).size() == 1);
        new org.openqa.selenium.support.ui.Select(switcher).selectByValue(KEDONG);
        // choosing a court redraws the page and its menu: click the menu entry once it is the new one
        wait.until(d -> {
            try {
                d.findElement(By.id("nav-admin")).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return false;
            }
        });
        waitText(By.cssSelector("#app h1"), KEDONG);
        waitText(By.id("app"), "officer1");
        shot("11-court-switcher-kedong-admin");
        // an officer's bell sums what is due; a court user has no switcher
        driver.findElement(By.id("logout")).click();
        login(KEDONG, "officer1");
        WebElement bell = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bell")));
        wait.until(d -> bell.getText().startsWith("待办"));
        assertFalse(driver.findElement(By.id("court-switch-label")).isDisplayed());
    }

    @Test
    @Order(9)
    void aCrossEnforcementDecisionTransferAndAcceptanceThroughThePages() throws Exception {
        String original = "hlj-daoli", receiving = "hlj-nangang", higher = "hlj-harbin-ip";
        createUser(original, "ce-o", "赵执行", List.of("enforcement-officer"));
        createUser(receiving, "ce-r", "钱执行", List.of("enforcement-officer"));
        createUser(higher, "ce-h", "孙监督", List.of("clerk", "supervisor"));
        String caseNumber = "（2025）黑0102执" + (System.nanoTime() % 9_000_000 + 1) + "号";
        api.ok("POST", "/cases", api.login(original, "ce-o", PASSWORD), Map.of("caseNumber", caseNumber, "applicant", "某建材公司",
                "respondent", "某房地产公司", "amountOwedFen", 56_000_000));
        JsonNode app = api.ok("POST", "/cross-enforcement/applications", api.login(higher, "ce-h", PASSWORD), Map.of("originalCourtId", original,
                "caseNumber", caseNumber, "applicant", "某建材公司", "grounds", "立案逾六个月未执行", "receivedOn", java.time.LocalDate.now().toString()));
        long appId = app.get("id").asLong();

        // the intermediate court's supervisor designates another court of the city
        browser(1280, 1400);
        open("cross-enforcement");
        login(higher, "ce-h");
        WebElement decide = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("details[data-application='" + appId + "']")));
        decide.findElement(By.tagName("summary")).click();
        WebElement f = driver.findElement(By.id("decide-" + appId));
        new org.openqa.selenium.support.ui.Select(f.findElement(By.name("type"))).selectByValue("DESIGNATE");
        f.findElement(By.name("namedCourtId")).sendKeys(receiving);
        js("arguments[0].value = arguments[1]", f.findElement(By.name("deadline")), java.time.LocalDate.now().plusDays(30).toString());
        f.findElement(By.name("reason")).sendKeys("原执行法院受地方因素影响，指令异地执行");
        f.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("decide-" + appId)));
        waitText(By.xpath("//section[@id='ce-applications']//tr[td[text()='" + appId + "']]"), "指令执行");
        shot("12-ce-decided");

        // the original court sends the package from its orders
        driver.findElement(By.id("logout")).click();
        login(original, "ce-o");
        open("cross-enforcement");
        WebElement send = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//section[@id='ce-orders']//button[text()='移送案件材料']")));
        send.click();
        waitText(By.id("ce-transfers"), receiving);

        // the receiving court accepts it under its own number and lands on the new case
        driver.findElement(By.id("logout")).click();
        login(receiving, "ce-r");
        open("cross-enforcement");
        WebElement accept = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ce-incoming form[id^='accept-']")));
        String newNumber = "（2025）黑0103执" + (System.nanoTime() % 9_000_000 + 1) + "号";
        accept.findElement(By.name("caseNumber")).sendKeys(newNumber);
        accept.findElement(By.cssSelector("button[type=submit]")).click();
        waitText(By.id("case-title"), newNumber);
        assertEquals("DONE", api.ok("GET", "/cross-enforcement/applications/" + appId, api.login(higher, "ce-h", PASSWORD), null)
                .get("status").asText());
        shot("13-ce-accepted-case");
    }

    void expand(String formId) {
        WebElement details = driver.findElement(By.id(formId)).findElement(By.xpath("ancestor::details"));
        if (details.getAttribute("open") == null) details.findElement(By.tagName("summary")).click();
    }

    void fill(String formId, Map<String, String> values) {
        WebElement f = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(formId)));
        values.forEach((k, v) -> {
            WebElement e = f.findElement(By.name(k));
            if ("select".equals(e.getTagName())) {
                new org.openqa.selenium.support.ui.Select(e).selectByValue(v);
            } else {
                e.clear();
                e.sendKeys(v);
            }
        });
        f.findElement(By.cssSelector("button[type=submit]")).click();
    }
}
