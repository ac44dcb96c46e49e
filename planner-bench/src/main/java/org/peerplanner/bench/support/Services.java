package org.peerplanner.bench.support;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * The application's services without its web layer, for benchmarks that call services directly: every service,
 * repository and file reader/writer of the domain and integrations modules under Spring Boot's auto-configuration
 * (minus Vaadin's) and application.properties; Flyway migrates the database as in production.
 * <p>
 * Why not {@code PeerPlannerApplication} with {@link WebApplicationType#NONE}: Vaadin's auto-configuration steps
 * aside then, but the application's {@code SecurityConfiguration} asks {@code VaadinSecurityConfigurer} for the
 * login view, which needs the {@code ServletContext}, and Vaadin's {@code SpringBootAutoConfiguration} needs a
 * {@code WebApplicationContext} even then.
 * <p>
 * Deliberately not a {@code @Configuration}: the web application's component scan (org.peerplanner) would pick it
 * up when a feed benchmark starts the whole app, and its exclusion of Vaadin's auto-configuration would then apply
 * there too (no {@code AuthenticationContext} bean). As a source of the {@code SpringApplication} it is processed
 * all the same.
 */
@EnableAutoConfiguration(excludeName = {"com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration", "com.vaadin.flow.spring.VaadinScopesConfig"})
@AutoConfigurationPackage(basePackages = "org.peerplanner")
@ComponentScan({"org.peerplanner.domain", "org.peerplanner.integrations"})
@ConfigurationPropertiesScan({"org.peerplanner.domain", "org.peerplanner.integrations"})
public class Services {

    /**
     * Starts the services with {@code extra} configuration classes; {@code args} are command-line arguments, so
     * they win over application.properties (the datasource, above all).
     */
    public static ConfigurableApplicationContext start(Class<?>[] extra, String... args) {
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = Services.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        return new SpringApplicationBuilder(sources)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // the readiness group names the web module's mail outbox health, which is not started here
                .properties("management.endpoint.health.validate-group-membership=false")
                .run(args);
    }
}
