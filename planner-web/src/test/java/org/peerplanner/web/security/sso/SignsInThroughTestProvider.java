package org.peerplanner.web.security.sso;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app as a company runs it behind {@link TestIdentityProvider}: single sign-on only (the password form switched
 * off), the provider's administrator group deciding who administers. Every class with it shares one context (on a
 * random port, which each test tells the provider with {@link TestIdentityProvider#allowApp}), in the failsafe
 * execution "sso" of its own (a security set-up unlike the other tests' one).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planner.sso.issuer-uri=" + TestIdentityProvider.ISSUER,
        "planner.sso.client-id=" + TestIdentityProvider.CLIENT_ID,
        "planner.sso.client-secret=" + TestIdentityProvider.CLIENT_SECRET,
        "planner.sso.provider-name=Example Corp",
        "planner.sso.administrator-group=" + TestIdentityProvider.ADMIN_GROUP,
        "planner.sso.form-sign-in=false",
        "logging.level.org.peerplanner.web.security.SecurityConfiguration=DEBUG"})
@ActiveProfiles("demo")
@UsePlannerTestDatabase
public @interface SignsInThroughTestProvider {
}
