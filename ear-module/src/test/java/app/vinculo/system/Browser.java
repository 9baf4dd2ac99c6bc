package app.vinculo.system;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;

/**
 * A headless Chromium on the portal: start it in a language, sign in, read what the user sees, take screenshots.
 * Chromium and its driver are the system's ({@code /usr/bin}); nothing is downloaded.
 *
 * <p>Closing a browser does not end Chromium: it signs the browser out (all cookies cleared, extra windows closed,
 * downloads back to the default, a blank page) and keeps it for the next {@link #start(String)} in the same language,
 * which then behaves as a new visitor. Starting Chromium and loading the portal's scripts into an empty cache cost
 * about two seconds a time; the system tests open a browser about 85 times a run. A browser that cannot be reset (an
 * open alert, a crashed tab) is quit instead. The idle ones are quit when the test JVM ends.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE_URL = withSlash(System.getProperty("test.base.url", "http://localhost:18080/vinculo/"));
    public static final String DEMO_PASSWORD = "vinculo-demo";

    /** Idle browsers per language, at most {@link #IDLE_PER_LANGUAGE} each (a test JVM-wide cache, not state). */
    private static final Map<String, Deque<Browser>> IDLE = new ConcurrentHashMap<>();
    private static final int IDLE_PER_LANGUAGE = 3;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(idle -> {
            for (Browser b = idle.pollFirst(); b != null; b = idle.pollFirst()) {
                b.dispose();
            }
        }), "browser-pool-shutdown"));
    }

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final String language;

    private Browser(WebDriver driver, Path profile, String language) {
        this.driver = driver;
        this.profile = profile;
        this.language = language;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** A Spanish-speaking browser (the portal's default). */
    public static Browser start() {
        return start("es");
    }

    /** A signed-out browser whose preferred language is {@code language} ("es" or "en"). */
    public static Browser start(String language) {
        Deque<Browser> idle = IDLE.computeIfAbsent(language, l -> new ConcurrentLinkedDeque<>());
        for (Browser b = idle.pollFirst(); b != null; b = idle.pollFirst()) {
            if (b.responds()) {
                return b;
            }
            b.dispose();
        }
        return launch(language);
    }

    private static Browser launch(String language) {
        Path profile;
        try {
            profile = Files.createTempDirectory("vinculo-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String acceptLanguage = "en".equals(language) ? "en-US,en" : "es-AR,es";
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath(),
                "--lang=" + ("en".equals(language) ? "en-US" : "es-AR"), "--accept-lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), profile, language);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Opens a page relative to the portal's base URL ("login.xhtml", "admin/users.xhtml"). */
    public Browser open(String path) {
        driver.get(BASE_URL + path);
        return this;
    }

    /** Signs in through the login page and waits for the page that follows. */
    public Browser login(String username, String password) {
        submitLogin(username, password);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sidemenu")));
        return this;
    }

    /**
     * Signs in with English picked on the login page, for this session only (the demo users' profiles say Spanish, and
     * picking it once signed in would change the profile for the other tests).
     */
    public Browser loginInEnglish(String username, String password) {
        open("login.xhtml");
        clickAndWaitForPage(By.id("language:lang-en"));
        return login(username, password);
    }

    /** Fills and submits the login form, whatever the outcome. */
    public Browser submitLogin(String username, String password) {
        if (!driver.getCurrentUrl().contains("login.xhtml")) {
            open("login.xhtml");
        }
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        user.clear();
        user.sendKeys(username);
        WebElement pwd = driver.findElement(By.id("login:password"));
        pwd.clear();
        pwd.sendKeys(password);
        clickAndWaitForPage(By.id("login:submit"));
        return this;
    }

    /** Clicks something that loads a new page (non-Ajax) and waits until the old one is gone. */
    public void clickAndWaitForPage(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        // mark the current document; the new page has no mark (robust where a stale-element check races the unload)
        js.executeScript("window.__vinculoOldPage = true;");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
            Object state = ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return window.__vinculoOldPage ? 'old' : document.readyState");
            return "complete".equals(state);
        });
    }

    public void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    public String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    /** The side menu as the user reads it. */
    public String menuText() {
        return text(By.id("sidemenu"));
    }

    /** Waits until the global message area shows {@code expected}, and returns its text. */
    public String awaitMessage(String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), expected));
        return driver.findElement(By.id("messages")).getText();
    }

    /** Saves a PNG of the page into the {@code test.screenshots} directory. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("test.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends this user's visit: the browser is signed out and kept for the next test (see the class comment). */
    public void quit() {
        Deque<Browser> idle = IDLE.get(language);
        if (signOut() && idle.size() < IDLE_PER_LANGUAGE) {
            idle.offerFirst(this);
        } else {
            dispose();
        }
    }

    @Override
    public void close() {
        quit();
    }

    /** Back to a new visitor: one blank window, no cookies (so no session), default downloads. */
    private boolean signOut() {
        try {
            String first = null;
            for (String handle : driver.getWindowHandles()) {
                if (first == null) {
                    first = handle;
                } else {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(first);
            driver.get("about:blank");
            ChromiumDriver chromium = (ChromiumDriver) driver;
            chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            chromium.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
            Object cookies = chromium.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
            return cookies instanceof java.util.List<?> list && list.isEmpty();
        } catch (WebDriverException e) {
            return false;
        }
    }

    private boolean responds() {
        try {
            return "about:blank".equals(driver.getCurrentUrl());
        } catch (WebDriverException e) {
            return false;
        }
    }

    private void dispose() {
        try {
            driver.quit();
        } catch (WebDriverException ignored) {
            // already gone
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
