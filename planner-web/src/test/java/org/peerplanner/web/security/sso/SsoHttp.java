package org.peerplanner.web.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's HTTP client (with their cookies for the app and for the provider) going through single sign-on as
 * the browser would: the login page's button, the provider's sign-in form, the app's sign-out.
 */
final class SsoHttp {

    private final String app;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** @param app the app's address, {@code http://127.0.0.1:port} */
    SsoHttp(String app) {
        this.app = app;
    }

    String app() {
        return app;
    }

    /** The login page's button: through the app to the provider, which shows its sign-in page. */
    HttpResponse<String> startSignIn() throws IOException, InterruptedException {
        return get("/oauth2/authorization/sso");
    }

    HttpResponse<String> signInAtProvider(HttpResponse<String> providerLogin, String email)
            throws IOException, InterruptedException {
        assertThat(providerLogin.uri().toString()).isEqualTo(TestIdentityProvider.ISSUER + "/login");
        String token = csrf(providerLogin.body(), "name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
        return post(providerLogin.uri(), "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + TestIdentityProvider.PASSWORD + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** What the sign-out button does, as a plain form post with the page's token. */
    HttpResponse<String> signOut() throws IOException, InterruptedException {
        var page = get("/people");
        String token = csrf(page.body(), "<meta name=\"_csrf\" content=\"([^\"]+)\"");
        return post(URI.create(app + "/logout"), "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    void forgetTheAppSession() {
        URI address = URI.create(app);
        cookies.getCookieStore().get(address).forEach(cookie -> cookies.getCookieStore().remove(address, cookie));
    }

    static List<URI> redirects(HttpResponse<String> answer) {
        var chain = new ArrayList<URI>();
        for (var r = answer.previousResponse(); r.isPresent(); r = r.get().previousResponse()) {
            HttpResponse<String> hop = r.get();
            hop.headers().firstValue("Location").map(l -> hop.uri().resolve(l)).ifPresent(u -> chain.add(0, u));
        }
        return chain;
    }

    static String csrf(String page, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(page);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(app + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(URI to, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(to).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
