package org.peerplanner.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the running server sends, over real HTTP: hardening headers on every kind of response, redirects that do not
 * repeat a forged Host header, a session kept in a cookie only (SameSite=Lax), and a sign-in form that needs its
 * CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class HardeningHeadersIT {

    @LocalServerPort
    int port;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    WebFixtures fixtures;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theLoginPageAndTheSignedInScreensCarryTheHardeningHeaders() throws Exception {
        var login = get("/login");
        assertHardened(login);
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain http").isEmpty();

        signIn("maria@example.com", csrfToken(login.body()));
        for (String path : List.of("/", "/gaps", "/sessions", "/knowledge", "/people", "/action-items")) {
            var page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertHardened(page);
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
    }

    @Test
    void downloadsAndStaticFilesAreNotSniffed() throws Exception {
        String token = feeds.token(new org.peerplanner.domain.access.Actor(fixtures.personId("maria@example.com"), false))
                .orElseThrow();
        var feed = get("/calendar/" + token + "/me.ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertHardened(feed);

        var missingFeed = get("/calendar/not-a-real-token-at-all-123/me.ics");
        assertThat(missingFeed.statusCode()).isEqualTo(404);
        assertHardened(missingFeed);
    }

    @Test
    void aForgedHostHeaderNeverShowsUpInARedirect() throws Exception {
        String answer = raw("GET /people HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(statusLine(answer)).contains(" 302");
        assertThat(header(answer, "Location")).isEqualTo("/login");
        assertThat(answer).doesNotContain("evil.example");
    }

    @Test
    void theSessionLivesInASameSiteCookieAndNeverInTheAddress() throws Exception {
        String answer = raw("GET /people HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(header(answer, "Location")).doesNotContainIgnoringCase("jsessionid");
        var login = get("/login");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid=");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void aSignInFromAnotherSiteWithoutTheFormsTokenDoesNotSignIn() throws Exception {
        var forged = post("/login", "username=jonas%40example.com&password=" + WebFixtures.PASSWORD, "https://evil.example");
        // refused with 403, which the error page turns into the way to the login page; never "signed in, go to /"
        assertThat(forged.headers().firstValue("Location")).isNotEqualTo(java.util.Optional.of("/"));
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(get("/people").statusCode()).as("still signed out").isEqualTo(302);

        var login = get("/login");
        var real = post("/login", "username=jonas%40example.com&password=" + WebFixtures.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrfToken(login.body()), StandardCharsets.UTF_8), null);
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(real.headers().firstValue("Location")).as("back to the page asked for, signed in")
                .hasValueSatisfying(location -> assertThat(location).startsWith("/").doesNotContain("login"));
        assertThat(get("/people").statusCode()).isEqualTo(200);
    }

    private static void assertHardened(HttpResponse<?> response) {
        String what = response.uri().getPath();
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'",
                        "object-src 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
    }

    private void signIn(String email, String csrf) throws Exception {
        var answer = post("/login", "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + WebFixtures.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8), null);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("/").doesNotContain("login"));
    }

    /** Vaadin puts Spring's token in the page head, where the login form picks it up. */
    private static String csrfToken(String page) {
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the login page carries the CSRF token").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String origin) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** HttpClient will not send a Host header of our choosing; a socket will. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String statusLine(String answer) {
        return answer.substring(0, answer.indexOf("\r\n"));
    }

    private static String header(String answer, String name) {
        Matcher m = Pattern.compile("(?im)^" + name + ":\\s*(.*?)\\r?$").matcher(answer);
        return m.find() ? m.group(1) : null;
    }
}
