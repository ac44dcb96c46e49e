package org.peerplanner.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class HardeningHeadersTest {

    @Test
    void httpsAnswersAskBrowsersToStayOnHttps() throws Exception {
        var request = new MockHttpServletRequest("GET", "/gaps");
        request.setSecure(true);
        var response = new MockHttpServletResponse();

        new HardeningHeaders().doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void plainHttpGetsNoHstsAndTheFingerprintedBundleMayBeCached() throws Exception {
        var request = new MockHttpServletRequest("GET", "/VAADIN/build/bundle-1a2b3c.js");
        var response = new MockHttpServletResponse();

        new HardeningHeaders().doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
        assertThat(response.getHeader("Cache-Control")).isNull();
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aRedirectToOurOwnHostBecomesAPathAndOthersStay() {
        var request = new MockHttpServletRequest("GET", "/people");
        request.setServerName("evil.example");

        assertThat(RelativeRedirects.ownPath(request, "http://evil.example/login")).isEqualTo("/login");
        assertThat(RelativeRedirects.ownPath(request, "http://evil.example:8080/login?error#x")).isEqualTo("/login?error#x");
        assertThat(RelativeRedirects.ownPath(request, "http://evil.example//other.example/")).isEqualTo("/other.example/");
        assertThat(RelativeRedirects.ownPath(request, "/login")).isEqualTo("/login");
        assertThat(RelativeRedirects.ownPath(request, "https://idp.example.org/sso")).isEqualTo("https://idp.example.org/sso");
    }
}
