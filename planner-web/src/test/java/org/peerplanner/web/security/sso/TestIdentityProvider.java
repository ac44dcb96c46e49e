package org.peerplanner.web.security.sso;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
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
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in this JVM, on a port of
 * its own, with the default sign-in page, discovery, PKCE required, ID tokens carrying email, email_verified and
 * groups, user info, and RP-initiated logout. It runs in a context of its own, without Spring Boot's
 * auto-configuration, so nothing of it reaches the app's context. One provider per JVM, started on first use and
 * stopped when the JVM ends, because the app's test context (cached across test classes) keeps pointing at it.
 *
 * <p>It lives at {@code localhost} and the app at {@code 127.0.0.1}: cookies ignore ports, so two servers on one
 * host name would overwrite each other's session cookie. (The provider refuses {@code localhost} in redirect URIs
 * anyway, as OAuth 2.1 advises, so the app could not be the one on {@code localhost}.)
 */
public final class TestIdentityProvider {

    public static final String ISSUER = "http://localhost:9098";
    public static final String APP = "http://127.0.0.1:8098";
    public static final String CLIENT_ID = "peer-planner";
    public static final String CLIENT_SECRET = "test-client-secret";
    public static final String ADMIN_GROUP = "planner-admins";
    public static final String PASSWORD = "provider-password";

    private static TestIdentityProvider shared;

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final People people;

    private TestIdentityProvider(AnnotationConfigServletWebServerApplicationContext context) {
        this.context = context;
        this.people = context.getBean(People.class);
    }

    /** The provider, started on the first call. */
    public static synchronized TestIdentityProvider shared() {
        if (shared == null) {
            var context = new AnnotationConfigServletWebServerApplicationContext();
            context.register(ProviderConfiguration.class);
            context.refresh();
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "test-identity-provider-stop"));
            shared = new TestIdentityProvider(context);
        }
        return shared;
    }

    /** Somebody with an account at the provider, signing in with {@link #PASSWORD}. */
    public void addPerson(String email, String name, boolean emailVerified, String... groups) {
        people.add(new Person(email, name, emailVerified, List.of(groups)));
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
                accounts.createUser(User.withUsername(person.email()).password("{noop}" + PASSWORD).roles("USER").build());
            }
        }

        Person get(String email) {
            return byEmail.get(email);
        }
    }

    /** A test configuration, so the app's component scan (which reaches the test classes) leaves it out. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class ProviderConfiguration {

        @Bean
        TomcatServletWebServerFactory providerServer() {
            var server = new TomcatServletWebServerFactory(java.net.URI.create(ISSUER).getPort());
            // Tomcat runs filters only on the way to a servlet; the provider is all filters, so any servlet will do
            server.setRegisterDefaultServlet(true);
            return server;
        }

        /** A name of its own as well, so nobody reading a browser's cookies mistakes it for the app's. */
        @Bean
        ServletContextInitializer providerSessionCookie() {
            return servletContext -> servletContext.getSessionCookieConfig().setName("PROVIDER_SESSION");
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
        RegisteredClientRepository clients() {
            RegisteredClient peerPlanner = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri(APP + "/login/oauth2/code/sso")
                    .postLogoutRedirectUri(APP + "/login")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    // an authorization request without PKCE is refused
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .build();
            return new InMemoryRegisteredClientRepository(peerPlanner);
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
            return AuthorizationServerSettings.builder().issuer(ISSUER).build();
        }
    }
}
