import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser half of scripts/two-instances.sh: what a person does in Peer Planner running as two instances behind
 * nginx, in headless Chromium. Prints one "OK ..." line per check and "FAIL ..." (exit 1) on the first that fails.
 * <p>
 * Run by the script with Selenium on the class path (java's source launcher; nothing to build):
 * {@code java -cp <selenium> TwoInstancesBrowser.java checks|kill NGINX_URL APP1_URL APP2_URL PID1 PID2 SHARED_SEARCH}.
 * {@code checks}: a change seen at once, a feed, search; prints {@code FEED <path>} (a team feed for the load tool).
 * {@code kill}: a sticky sign-in through nginx, then kills (-9) the instance it is on ({@code KILLED node1|node2}) and
 * goes on working.
 */
public class TwoInstancesBrowser {

    static final String PASSWORD = "peer-planner-demo";
    static final String MANAGER = "maria@example.com";

    final String mode;
    final String nginx;
    final String app1;
    final String app2;
    final long pid1;
    final long pid2;
    final boolean sharedSearch;
    final String stamp = "Roll" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    TwoInstancesBrowser(String[] args) {
        mode = args[0];
        nginx = args[1];
        app1 = args[2];
        app2 = args[3];
        pid1 = Long.parseLong(args[4]);
        pid2 = Long.parseLong(args[5]);
        sharedSearch = Boolean.parseBoolean(args[6]);
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        try {
            new TwoInstancesBrowser(args).run();
        } catch (Exception | AssertionError e) {
            System.out.println("FAIL " + e);
            System.exit(1);
        }
    }

    void run() throws Exception {
        if (mode.equals("kill")) {
            stickyThenKill();
        } else {
            changesAndSearch();
        }
    }

    void changesAndSearch() throws Exception {
        try (var one = new Browser(); var two = new Browser()) {
            one.signIn(app1, MANAGER);
            String title = "Two instances " + stamp;
            String path = one.writeArticle(app1, title, "Written through instance 1 while the other instance runs: "
                    + stamp.toLowerCase() + ".");
            two.signIn(app2, MANAGER);
            two.open(app2 + path);
            check(two.text(By.id("article-title")).contains(title), "the article is shown by instance 2");
            ok("a change through instance 1 (article " + path + " saved there) is visible through instance 2 at once");
            feedChangeSeenAtOnce(one);

            List<String> hits1 = one.search(app1, stamp.toLowerCase());
            List<String> hits2 = two.search(app2, stamp.toLowerCase());
            // A shared index is written shortly after the commit (outbox polling, then the engine's refresh, ~1 s):
            // the same words are asked again for up to 15 s, as a person would search again.
            long searchedAgainUntil = System.nanoTime() + 15_000_000_000L;
            while (sharedSearch && (hits1.isEmpty() || hits2.isEmpty()) && System.nanoTime() < searchedAgainUntil) {
                Thread.sleep(1000);
                hits1 = one.search(app1, stamp.toLowerCase());
                hits2 = two.search(app2, stamp.toLowerCase());
            }
            List<String> demo1 = one.search(app1, "incident");
            List<String> demo2 = two.search(app2, "incident");
            // the same hits; with an embedded index on each instance their scores (and so order) may differ slightly
            check(!demo1.isEmpty() && demo1.stream().sorted().toList().equals(demo2.stream().sorted().toList()),
                    "search 'incident' gives " + demo1 + " on instance 1, " + demo2 + " on 2");
            if (sharedSearch) {
                check(hits1.equals(List.of(title)) && hits1.equals(hits2),
                        "search for the new article gives " + hits1 + " on instance 1, " + hits2 + " on 2");
                ok("search gives the same hits on both instances: the new article (" + hits2.size() + " hit) and '"
                        + "incident' (" + demo1.size() + " hits)");
            } else {
                ok("search gives the same hits on both instances for the demo articles ('incident': " + demo1.size()
                        + " hits); the new article is found on instance 1 only (" + hits1.size() + " / " + hits2.size()
                        + "): each instance has its own embedded index without OpenSearch");
            }
        }
    }

    void stickyThenKill() throws Exception {
        try (var viaNginx = new Browser()) {
            viaNginx.signIn(nginx, MANAGER);
            String route = viaNginx.route();
            check(route.equals("node1") || route.equals("node2"), "the session cookie names an instance: " + route);
            for (int i = 0; i < 6; i++) {
                viaNginx.open(nginx + (i % 2 == 0 ? "/knowledge" : "/subscriptions"));
                check(!viaNginx.onLogin() && viaNginx.route().equals(route), "request " + (i + 1)
                        + " through nginx stayed signed in on " + route);
            }
            ok("a sign-in through nginx stays on one instance (" + route + ", 6 more pages without signing in again)");

            String saved = "Saved before the kill " + stamp;
            String savedPath = viaNginx.writeArticle(nginx, saved, "Written through nginx on " + route + ".");
            ProcessHandle.of(route.equals("node1") ? pid1 : pid2).ifPresent(ProcessHandle::destroyForcibly);
            System.out.println("KILLED " + route);
            viaNginx.open(nginx + savedPath);
            boolean signInAgain = viaNginx.onLogin();
            if (signInAgain) {
                viaNginx.submitSignIn(MANAGER);
                viaNginx.open(nginx + savedPath);
            }
            check(viaNginx.text(By.id("article-title")).contains(saved), "the article saved before the kill is shown");
            String now = viaNginx.route();
            check(!now.equals(route), "the next requests are served by the other instance, not " + now);
            ok("after kill -9 of " + route + " the next request was served by " + now
                    + (signInAgain ? " (signed in again)" : "") + " and the article saved before the kill is there");
        }
    }

    /** A feed polled from instance 2 follows a change made through instance 1 on its very next poll. */
    void feedChangeSeenAtOnce(Browser one) throws Exception {
        one.open(app1 + "/subscriptions");
        String personal = pathOf(one.value(By.id("feed-personal")));
        String team = pathOf(one.value(By.cssSelector("vaadin-text-field[id^='feed-team-']")));
        System.out.println("FEED " + team);
        var first = get(app2 + personal, null);
        check(first.statusCode() == 200, "the personal feed from instance 2 answers " + first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        check(get(app2 + personal, etag).statusCode() == 304, "an unchanged feed polled again is 304 Not Modified");
        one.visible(By.id("feed-action-items")).click();
        one.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().contains("next refresh")));
        var after = get(app2 + personal, etag);
        check(after.statusCode() == 200 && !etag.equals(after.headers().firstValue("ETag").orElse(etag)),
                "after the change through instance 1, instance 2 answers the feed's next poll with "
                        + after.statusCode() + " " + after.headers().firstValue("ETag").orElse("no ETag"));
        ok("a calendar feed polled from instance 2 shows a change made through instance 1 on its next poll (personal "
                + "feed: 304 before, 200 with a new ETag right after 'Show my open action items' was switched)");
    }

    static String pathOf(String url) {
        return java.net.URI.create(url).getRawPath();
    }

    static java.net.http.HttpResponse<String> get(String url, String ifNoneMatch) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(30));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    static void ok(String what) {
        System.out.println("OK   " + what);
    }

    /** One person's headless Chromium (Debian's, as the browser tests use: CHROME_BIN, CHROMEDRIVER). */
    static final class Browser implements AutoCloseable {

        final ChromeDriver driver;
        final WebDriverWait wait;
        final Path profile;

        Browser() throws Exception {
            profile = Files.createTempDirectory("two-instances-chromium");
            String chromedriver = env("CHROMEDRIVER", "/usr/bin/chromedriver");
            System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver);
            var options = new ChromeOptions();
            options.setBinary(env("CHROME_BIN", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(chromedriver).toFile())
                    .usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        }

        void open(String url) {
            driver.get(url);
            wait.until(d -> !((String) driver.executeScript("return document.readyState")).equals("loading"));
            // a Vaadin view is there once its router outlet holds it, or the login form shows
            wait.until(d -> onLogin() || !d.findElements(By.cssSelector(".planner-page")).isEmpty());
        }

        boolean onLogin() {
            return driver.getCurrentUrl().contains("/login") && !driver.findElements(By.tagName("vaadin-login-form")).isEmpty();
        }

        void signIn(String base, String email) {
            driver.get(base + "/login");
            submitSignIn(email);
        }

        void submitSignIn(String email) {
            WebElement user = visible(By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input"));
            user.clear();
            user.sendKeys(email);
            WebElement password = visible(By.cssSelector("vaadin-login-form vaadin-password-field[name='password'] input"));
            password.clear();
            password.sendKeys(PASSWORD);
            visible(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
            wait.until(d -> !d.getCurrentUrl().contains("/login"));
            wait.until(d -> !d.findElements(By.cssSelector(".planner-page")).isEmpty());
        }

        /** Writes an article with the form a person uses; returns its path, e.g. /knowledge/42. */
        String writeArticle(String base, String title, String body) {
            open(base + "/knowledge/edit");
            labelled("vaadin-text-field", "Title").sendKeys(title);
            labelled("vaadin-text-area", "").sendKeys(body);
            wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> b.getText().trim().equals("Save")).findFirst().orElse(null)).click();
            wait.until(d -> d.getCurrentUrl().matches(".*/knowledge/[0-9]+$"));
            String url = driver.getCurrentUrl();
            return url.substring(url.indexOf("/knowledge/"));
        }

        /** The titles a knowledge base search shows, in order ({@code knowledge?q=...}). */
        List<String> search(String base, String words) {
            open(base + "/knowledge?q=" + words);
            wait.until(d -> (Boolean) driver.executeScript(
                    "const s = document.getElementById('kb-search'); return s && s.value === arguments[0];", words));
            // results are rendered after the server answered; wait until nothing is pending
            wait.until(d -> (Boolean) driver.executeScript(
                    "return !window.Vaadin || !Vaadin.Flow || !Vaadin.Flow.clients || Object.values(Vaadin.Flow.clients)"
                            + ".every(c => !c.isActive || !c.isActive());"));
            List<String> titles = new ArrayList<>();
            for (WebElement hit : driver.findElements(By.cssSelector(".kb-hit-title"))) {
                if (hit.isDisplayed()) {
                    titles.add(hit.getText().trim());
                }
            }
            return titles;
        }

        /** The instance the session cookie routes to: what follows the last dot of JSESSIONID. */
        String route() {
            Cookie session = driver.manage().getCookieNamed("JSESSIONID");
            if (session == null) {
                return "none";
            }
            String id = session.getValue();
            return id.contains(".") ? id.substring(id.lastIndexOf('.') + 1) : "none";
        }

        String value(By locator) {
            return String.valueOf(visible(locator).getDomProperty("value"));
        }

        String text(By locator) {
            return visible(locator).getText();
        }

        WebElement visible(By locator) {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        }

        /** The native input of the field with that label ("" for one without). */
        WebElement labelled(String tag, String label) {
            return wait.until(d -> d.findElements(By.tagName(tag)).stream()
                    .filter(f -> label.equals(String.valueOf(f.getDomProperty("label")).replace("null", "")))
                    .filter(WebElement::isDisplayed)
                    .map(f -> f.findElement(By.cssSelector("input, textarea")))
                    .findFirst().orElse(null));
        }

        static String env(String name, String otherwise) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? otherwise : value;
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } catch (WebDriverException ignored) {
                // the browser is gone already
            }
        }
    }
}
