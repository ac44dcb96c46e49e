package org.peerplanner.web.security.sso;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The provider process that {@link TestIdentityProvider} starts: Spring Authorization Server on
 * {@link TestIdentityProvider#ISSUER}, with the default sign-in page, discovery, PKCE required, ID tokens carrying
 * email, email_verified and groups, user info, and RP-initiated logout. A plain context without Spring Boot's
 * auto-configuration, in a JVM of its own (why: see {@link TestIdentityProvider}).
 *
 * <p>Its directory (who has an account, which app may sign people in) is filled by the tests over HTTP:
 * {@code POST /directory/people} (email, name, verified, groups...) and {@code POST /directory/apps} (base). The
 * provider ends itself when the JVM that started it ends, so a killed test run leaves no provider on the port.
 */
public final class TestIdentityProviderMain {

    private TestIdentityProviderMain() {
    }

    public static void main(String[] args) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        var context = new AnnotationConfigServletWebServerApplicationContext();
        context.register(ProviderConfiguration.class);
        context.refresh();
        context.registerShutdownHook();
    }

    record Person(String email, String name, boolean emailVerified, List<String> groups) {
    }

    /** The provider's people; its user store follows, so a test adds people while the provider runs. */
    static final class People {

        private final Map<String, Person> byEmail = new ConcurrentHashMap<>();
        private final InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();

        void add(Person person) {
            byEmail.put(person.email(), person);
            if (!accounts.userExists(person.email())) {
                accounts.createUser(User.withUsername(person.email()).password("{noop}" + TestIdentityProvider.PASSWORD)
                        .roles("USER").build());
            }
        }

        Person get(String email) {
            return byEmail.get(email);
        }
    }

    /**
     * Peer Planner's client at the provider. The apps under test run on random ports, and the provider compares
     * redirect and post-logout redirect URIs exactly, so each app registers its address before it signs anybody in.
     */
    static final class Clients implements RegisteredClientRepository {

        private static final String ID = "peer-planner-under-test";

        private final Set<String> apps = new CopyOnWriteArraySet<>();
        private volatile RegisteredClient client = build();

        void allow(String appBase) {
            if (apps.add(appBase)) {
                client = build();
            }
        }

        private RegisteredClient build() {
            // a client needs one redirect URI; until an app registers, one that nobody listens on
            List<String> bases = apps.isEmpty() ? List.of("http://127.0.0.1:9") : List.copyOf(apps);
            return RegisteredClient.withId(ID)
                    .clientId(TestIdentityProvider.CLIENT_ID)
                    .clientSecret("{noop}" + TestIdentityProvider.CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUris(uris -> bases.forEach(base -> uris.add(base + "/login/oauth2/code/sso")))
                    .postLogoutRedirectUris(uris -> bases.forEach(base -> uris.add(base + "/login")))
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    // an authorization request without PKCE is refused
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .build();
        }

        /** The provider saves the client when it re-encodes the secret after the first token request. */
        @Override
        public void save(RegisteredClient registeredClient) {
            if (!ID.equals(registeredClient.getId())) {
                throw new UnsupportedOperationException("the test provider knows one client");
            }
            client = registeredClient;
        }

        @Override
        public RegisteredClient findById(String id) {
            return ID.equals(id) ? client : null;
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return TestIdentityProvider.CLIENT_ID.equals(clientId) ? client : null;
        }
    }

    /** What the tests tell the provider: {@code /directory/people} and {@code /directory/apps}. */
    static final class Directory extends HttpServlet {

        private final transient People people;
        private final transient Clients clients;

        Directory(People people, Clients clients) {
            this.people = people;
            this.clients = clients;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) {
            switch (String.valueOf(request.getPathInfo())) {
                case "/people" -> {
                    String[] groups = request.getParameterValues("groups");
                    people.add(new Person(request.getParameter("email"), request.getParameter("name"),
                            Boolean.parseBoolean(request.getParameter("verified")),
                            groups == null ? List.of() : List.of(groups)));
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                }
                case "/apps" -> {
                    clients.allow(request.getParameter("base"));
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                }
                default -> response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    /** A test configuration, so the app's component scan (which reaches the test classes) leaves it out. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class ProviderConfiguration {

        @Bean
        TomcatServletWebServerFactory providerServer() {
            var server = new TomcatServletWebServerFactory(java.net.URI.create(TestIdentityProvider.ISSUER).getPort());
            // Tomcat runs filters only on the way to a servlet; the provider is all filters, so any servlet will do
            server.setRegisterDefaultServlet(true);
            return server;
        }

        /** The session cookie has a name of its own, so nobody reading a browser's cookies mistakes it for the app's. */
        @Bean
        ServletContextInitializer providerServlets(People people, Clients clients) {
            return servletContext -> {
                servletContext.getSessionCookieConfig().setName("PROVIDER_SESSION");
                servletContext.addServlet("directory", new Directory(people, clients)).addMapping("/directory/*");
            };
        }

        /** The tests' back door; only the tests know of it, and the provider listens for tests only. */
        @Bean
        @Order(0)
        SecurityFilterChain directoryEndpoints(HttpSecurity http) throws Exception {
            http.securityMatcher("/directory/**");
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
            http.csrf(csrf -> csrf.disable());
            return http.build();
        }

        @Bean
        @Order(1)
        SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                http.securityMatcher(server.getEndpointsMatcher());
                server.oidc(Customizer.withDefaults()); // discovery, user info, RP-initiated logout
            });
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
            http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults())); // user info
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signInPage(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
            http.formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        People people() {
            return new People();
        }

        @Bean
        InMemoryUserDetailsManager accounts(People people) {
            return people.accounts;
        }

        @Bean
        Clients clients() {
            return new Clients();
        }

        /** What the company's directory says about a person, in the ID token (and so in user info). */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> directoryClaims(People people) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    Person person = people.get(context.getPrincipal().getName());
                    context.getClaims().claim("email", person.email())
                            .claim("email_verified", person.emailVerified())
                            .claim("name", person.name())
                            .claim("groups", person.groups());
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> signingKeys() throws Exception {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var keys = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().issuer(TestIdentityProvider.ISSUER).build();
        }
    }
}
