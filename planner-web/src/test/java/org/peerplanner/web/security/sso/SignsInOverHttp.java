package org.peerplanner.web.security.sso;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Where the single sign-on tests over plain HTTP start: the provider running and allowing this app, and a cookie jar
 * of its own for each test ({@link SsoHttp}).
 */
@SignsInThroughTestProvider
abstract class SignsInOverHttp {

    static TestIdentityProvider provider;

    @LocalServerPort
    int port;

    SsoHttp http;

    @BeforeAll
    static void providerRuns() {
        provider = TestIdentityProvider.shared();
    }

    @BeforeEach
    void theProviderKnowsTheApp() {
        http = new SsoHttp("http://127.0.0.1:" + port);
        provider.allowApp(http.app());
    }
}
