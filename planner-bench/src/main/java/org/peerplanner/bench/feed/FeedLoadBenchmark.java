package org.peerplanner.bench.feed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peerplanner.bench.support.WebApp;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.people.SignInService;
import org.peerplanner.domain.team.TeamService;
import org.springframework.boot.SpringApplication;

/**
 * Calendar feeds under concurrent load on loopback (not a test; prints figures). Boots the app with
 * the demo organisation on an in-memory H2 database and a random port, then runs bounded rounds of
 * concurrent GETs: full responses, and conditional requests answered with 304.
 *
 * <pre>planner-bench/run.sh feed-load [clients=8] [seconds=10]</pre>
 *
 * Client and server share this machine's cores, so the figures are a floor, not a ceiling.
 */
public final class FeedLoadBenchmark {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        var context = SpringApplication.run(WebApp.applicationClass(), "--server.port=0",
                "--spring.profiles.active=demo", "--spring.datasource.url=jdbc:h2:mem:feedbench;MODE=MySQL;"
                        + "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "--logging.level.root=WARN");
        try {
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class); // set by the web server
            var people = context.getBean(SignInService.class);
            var maria = new Actor(people.signInAccount("maria@example.com").orElseThrow().personId(), false);
            long team = context.getBean(TeamService.class).visibleTeams(maria).getFirst().id();
            String token = context.getBean(CalendarFeedService.class).token(maria).orElseThrow();
            URI teamFeed = URI.create("http://127.0.0.1:" + port + "/calendar/" + token + "/team/" + team + ".ics");
            var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            var first = http.send(HttpRequest.newBuilder(teamFeed).build(), HttpResponse.BodyHandlers.ofByteArray());
            String etag = first.headers().firstValue("ETag").orElseThrow();
            System.out.printf("team feed: %d events, %,d bytes, ETag %s%n",
                    new String(first.body()).split("BEGIN:VEVENT").length - 1, first.body().length, etag);

            run("warm-up", http, teamFeed, null, clients, 3, 200);
            run("full responses", http, teamFeed, null, clients, seconds, 200);
            run("304 not modified", http, teamFeed, etag, clients, seconds, 304);
        } finally {
            context.close();
        }
    }

    private static void run(String label, HttpClient http, URI uri, String etag, int clients, int seconds, int expected)
            throws Exception {
        var stop = new AtomicBoolean();
        var pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                long ok = 0;
                long wrong = 0;
                var request = etag == null ? HttpRequest.newBuilder(uri).build()
                        : HttpRequest.newBuilder(uri).header("If-None-Match", etag).build();
                while (!stop.get()) {
                    var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == expected) {
                        ok++;
                    } else {
                        wrong++;
                    }
                }
                return new long[] {ok, wrong};
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long ok = 0;
        long wrong = 0;
        for (var f : results) {
            long[] r = f.get();
            ok += r[0];
            wrong += r[1];
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("%-18s %d clients, %.1f s: %,d responses (%,d unexpected), %.0f requests/s%n",
                label, clients, elapsed, ok, wrong, ok / elapsed);
    }
}
