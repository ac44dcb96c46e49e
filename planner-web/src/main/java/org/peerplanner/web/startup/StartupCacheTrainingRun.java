package org.peerplanner.web.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training run that makes the JDK's start-up cache (README, "Fast start"; planner-web's pom, profile
 * startup-cache): with {@code planner.startup-cache.training-run=true} the app starts as usual, serves its own login
 * page once, and exits, so the cache also holds what the server and Vaadin load for the first page, not only what
 * the context's refresh loads ({@code spring.context.exit=onRefresh} stops before the server starts).
 */
@Component
@ConditionalOnBooleanProperty("planner.startup-cache.training-run")
class StartupCacheTrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(StartupCacheTrainingRun.class);

    @EventListener(ApplicationReadyEvent.class)
    void serveTheLoginPageOnceAndExit(ApplicationReadyEvent ready) throws IOException, InterruptedException {
        ConfigurableApplicationContext context = ready.getApplicationContext();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofMinutes(2)).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            LOG.info("Start-up cache training run: GET /login answered {}; exiting", status);
            int exitCode = SpringApplication.exit(context, () -> status == 200 ? 0 : 1);
            System.exit(exitCode);
        }
    }
}
