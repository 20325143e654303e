package kz.registry.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by its chromedriver, both from Debian's packages ({@code chromium},
 * {@code chromium-driver}; {@code .ci/browser} installs them). Finds things by CSS, waits for what
 * a person would wait for, and keeps a screenshot of each page under {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final URI root;
    private final Path downloads;

    public Browser(URI root, String language) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver"
                    + " (/usr/bin/chromium, /usr/bin/chromedriver): run .ci/browser as root, or"
                    + " apt-get install chromium chromium-driver.");
        }
        this.root = root;
        try {
            this.downloads = Files.createTempDirectory("registry-downloads");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the flags that keep Chromium from reaching for the internet these machines do not have
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--lang=" + language);
        Map<String, Object> preferences = new HashMap<>();
        preferences.put("download.default_directory", downloads.toAbsolutePath().toString());
        preferences.put("download.prompt_for_download", false);
        preferences.put("intl.accept_languages", language);
        options.setExperimentalOption("prefs", preferences);
        // the console, to find what the pages' Content-Security-Policy refused and expressions Alpine could not run
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** The window's size: 768 x 1024 is a tablet held upright. */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    public Browser open(String path) {
        driver.get(root.resolve(path).toString());
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The one visible element the selector names, once it is there. */
    public WebElement find(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Types into a date field the way a person does, whatever order the browser's locale shows (empty clears it). */
    public Browser date(String css, String isoDate) {
        WebElement field = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, isoDate);
        return this;
    }

    public Browser click(String css) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    public Browser choose(String css, String visibleText) {
        waiting().until(d -> new Select(find(css)).getOptions().stream().anyMatch(o -> o.getText().contains(visibleText)));
        Select select = new Select(find(css));
        String full = select.getOptions().stream().map(WebElement::getText).filter(t -> t.contains(visibleText))
                .findFirst().orElseThrow();
        select.selectByVisibleText(full);
        return this;
    }

    public Browser chooseValue(String css, String value) {
        waiting().until(d -> new Select(find(css)).getOptions().stream().anyMatch(o -> value.equals(o.getDomAttribute("value"))
                || value.equals(o.getDomProperty("value"))));
        new Select(find(css)).selectByValue(value);
        return this;
    }

    /** Waits until the element's text contains the words, and answers its text. */
    public String waitForText(String css, String words) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), words));
        return find(css).getText();
    }

    /** Waits until the element's attribute contains the words, and answers the attribute. */
    public String waitForAttribute(String css, String attribute, String words) {
        waiting().until(ExpectedConditions.attributeContains(By.cssSelector(css), attribute, words));
        return find(css).getDomAttribute(attribute);
    }

    /** Waits until focus is on the element the selector names (focus moves once the page has drawn). */
    public Browser waitForFocus(String css) {
        waiting().until(d -> Boolean.TRUE.equals(script("return document.activeElement === document.querySelector(arguments[0])", css)));
        return this;
    }

    public Browser waitForUrl(String fragment) {
        waiting().until(ExpectedConditions.urlContains(fragment));
        return this;
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** The file the page saved as a download, once it has arrived whole. */
    public Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, PATIENCE).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /**
     * The form fields on the page that assistive technology could not name: no label of their
     * own, no {@code aria-label} or {@code aria-labelledby} (WCAG 2.1, 1.3.1 and 4.1.2).
     */
    @SuppressWarnings("unchecked")
    public List<String> unlabelledFields() {
        return (List<String>) script("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length)"
                + " && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))"
                + ".map(e => e.outerHTML.slice(0, 160));");
    }

    /**
     * Prints the page as the browser does on paper (the page's own @page size, the beforeprint event
     * first) and keeps the PDF beside the screenshots; answers its bytes.
     */
    public byte[] printToPdf(String name) {
        script("window.dispatchEvent(new Event('beforeprint'))");
        Map<String, Object> printed = driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", false));
        byte[] pdf = java.util.Base64.getDecoder().decode((String) printed.get("data"));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new IllegalStateException("Could not keep the printout " + name, e);
        }
        return pdf;
    }

    /** Shows the page as it prints (CSS media "print") or as on screen again. */
    public Browser asPrinted(boolean printed) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", printed ? "print" : ""));
        if (printed) {
            script("window.dispatchEvent(new Event('beforeprint'))");
        }
        return this;
    }

    /**
     * The page's own English words still shown while another language is chosen: every message of
     * two words or more (without placeholders) whose English text appears in the header or main.
     */
    @SuppressWarnings("unchecked")
    public List<String> englishLeftIn(String language) {
        return (List<String>) script("const en = window.REGISTRY_MESSAGES.en, other = window.REGISTRY_MESSAGES[arguments[0]];"
                + " const shown = [...document.querySelectorAll('header, main')].map(e => e.innerText).join(' ');"
                + " return Object.keys(en).filter(k => en[k] !== other[k] && !en[k].includes('{') && en[k].trim().split(/\\s+/).length >= 2"
                + " && shown.includes(en[k])).map(k => k + ': ' + en[k]);", language);
    }

    /** Deque's axe-core, unpacked from npm's package by the build (generate-test-resources). */
    private static final Path AXE = Path.of("target", "axe-core", "package", "axe.min.js");

    /**
     * What axe-core finds on the page as it stands, of serious or critical impact (WCAG 2.1 A and AA
     * rules, and axe's best practices): each as its rule, impact, what it asks and where.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        try {
            if (script("return typeof window.axe") .equals("undefined")) {
                script(Files.readString(AXE));
            }
        } catch (IOException e) {
            throw new IllegalStateException("axe-core is unpacked by the build into " + AXE + ": run mvn generate-test-resources", e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Map<String, Object>> found = (List<Map<String, Object>>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id,"
                + " impact: v.impact, help: v.help, where: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}))),"
                + " e => done([{id: 'axe-failed', impact: 'critical', help: String(e), where: ''}]));");
        return found.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("where"))
                .toList();
    }

    /** Keeps a full-page picture of what the browser shows, for people to look at: a laptop's width. */
    public Path screenshot(String name) {
        return screenshot(name, 1366);
    }

    /** The same at another width: 820 is a tablet held upright. */
    public Path screenshot(String name, int width) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            Number height = (Number) script("window.scrollTo(0, 0); return Math.max(document.body.scrollHeight, 900)");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, Math.min(height.intValue() + 40, 6000)));
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Could not keep the screenshot " + name, e);
        }
    }

    /**
     * Waits as a person would; when the wait fails, the page is kept as a screenshot and the
     * page's own error line joins the message, so a failure says what the page said.
     */
    private WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE) {
            @Override
            public <V> V until(java.util.function.Function<? super org.openqa.selenium.WebDriver, ? extends V> condition) {
                try {
                    return super.until(condition);
                } catch (org.openqa.selenium.TimeoutException e) {
                    Path kept = screenshot("failed-" + System.currentTimeMillis());
                    String said = driver.findElements(By.cssSelector("[role=alert]")).stream().map(WebElement::getText)
                            .filter(text -> !text.isBlank()).collect(java.util.stream.Collectors.joining(" | "));
                    throw new org.openqa.selenium.TimeoutException(e.getMessage() + "\nThe page said: " + said
                            + "\nScreenshot: " + kept, e);
                }
            }
        };
    }

    /**
     * The console messages since the last call that say the page broke: something the
     * Content-Security-Policy refused, or an expression Alpine could not evaluate.
     */
    public List<String> pageFaults() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Alpine")
                        || message.contains("CSP Parser") || message.contains("Uncaught"))
                .toList();
    }

    /** Closes the browser; a page that broke under the Content-Security-Policy fails the test here. */
    @Override
    public void close() {
        List<String> faults;
        try {
            faults = pageFaults();
        } finally {
            driver.quit();
        }
        if (!faults.isEmpty()) {
            throw new AssertionError("The pages broke in the browser (Content-Security-Policy or Alpine):\n"
                    + String.join("\n", faults));
        }
    }
}
