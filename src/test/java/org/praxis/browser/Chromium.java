package org.praxis.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The machine's own Chromium driven by Playwright, one per test class (starting Playwright
 * unpacks its driver, which takes a second). Playwright never downloads a browser here. When
 * Chromium is missing, the tests are skipped on a workstation but fail on CI (CI=true), where a
 * skipped browser suite would pass unnoticed.
 */
public final class Chromium implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** Debian's package; another binary can be named in PRAXIS_CHROMIUM. */
    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("PRAXIS_CHROMIUM", "/usr/bin/chromium"));

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--disable-sync", "--disable-quic");

    private Playwright playwright;
    private Browser browser;
    private String missing;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(EXECUTABLE)) {
            missing = "Chromium not found at " + EXECUTABLE
                    + ": install it with `apt-get install -y chromium` (or set PRAXIS_CHROMIUM)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(missing + ". On CI the browser tests must run, not be skipped.");
            }
            return;
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(ARGS));
    }

    /** Skips each test on its own, so the report counts them as skipped and says why. */
    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(missing == null, () -> missing + "; browser test skipped.");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh profile (no cookies) whose browser speaks the given language, e.g. "fr-FR". */
    public BrowserContext newContext(String locale) {
        return newContext(new Browser.NewContextOptions().setLocale(locale));
    }

    public BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(15_000);
        return context;
    }
}
