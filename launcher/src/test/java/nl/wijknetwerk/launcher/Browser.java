package nl.wijknetwerk.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's headless Chromium driven by Playwright, one fresh context (cookies, session) per person. Chromium is
 * told not to reach outside hosts; screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("wijknetwerk.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("wijknetwerk.screenshots", "target/screenshots"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String webUrl;

    Browser(String webUrl) {
        this.webUrl = webUrl;
        this.playwright = Playwright.create();
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true).setExecutablePath(CHROMIUM)
                .setArgs(List.of("--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--no-first-run", "--disable-gpu")));
    }

    /** A new browser session of {@code user}, logged in through Keycloak's own login page (code flow with PKCE). */
    Page loginAs(String user, String path) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("nl-NL"));
        Page page = context.newPage();
        page.navigate(webUrl + path);
        page.fill("#username", user);
        page.fill("#password", user + "-demo");
        page.click("#kc-login");
        page.waitForURL(url -> url.startsWith(webUrl));
        page.waitForLoadState();
        return page;
    }

    /** A new browser session of nobody, opening {@code path}: what someone about to sign in sees. */
    Page open(String path) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("nl-NL"));
        Page page = context.newPage();
        page.navigate(webUrl + path);
        return page;
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
