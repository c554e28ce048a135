package org.cep.console.itests;

import java.io.File;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium and its driver, headless, at a window size: the one way every browser test starts a browser. */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    static ChromeDriver start(int width, int height) {
        System.setProperty("webdriver.chrome.driver", System.getProperty("cep.chromedriver"));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(System.getProperty("cep.chromium"));
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("cep.chromedriver"))).usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }
}
