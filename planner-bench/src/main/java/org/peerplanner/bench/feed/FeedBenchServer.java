package org.peerplanner.bench.feed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.peerplanner.bench.support.WebApp;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.people.SignInService;
import org.peerplanner.domain.team.TeamService;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app side of planner-bench/feed-bench.sh (not a test): boots the app with the demo organisation on an in-memory
 * H2 database at 127.0.0.1:PORT, gives Maria's team N generated sessions (JDBC inserts), fetches the team feed once
 * and writes what the bench needs into DIR: {@code team.ics} (the bytes, for nginx to serve as a static file),
 * {@code url}, {@code etag}, {@code gzip-etag}, then {@code ready}. Runs until DIR/stop appears or MAX seconds pass.
 * With LISTENER_PORT the feed listener (web.calendar.FeedListener) serves feeds there too, and {@code listener-url}
 * is the same feed through it.
 *
 * <pre>planner-bench/run.sh feed-server PORT SESSIONS DIR [MAX=900] [LISTENER_PORT]</pre>
 */
public final class FeedBenchServer {

    private static final String[] FORMATS = {"LUNCH_AND_LEARN", "DEEP_DIVE", "PAIRING", "CODE_REVIEW"};
    private static final String[] TOPICS = {"Kafka consumer groups", "Kubernetes liveness probes", "Postgres query plans",
            "Terraform state", "GraphQL rate limits", "Flaky tests", "On-call runbooks", "Zoë's tracing tour"};

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        long maxSeconds = args.length > 3 ? Long.parseLong(args[3]) : 900;
        int listenerPort = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        Files.createDirectories(dir);
        var context = SpringApplication.run(WebApp.applicationClass(), "--server.port=" + port,
                "--planner.feed.port=" + listenerPort, "--planner.feed.address=127.0.0.1",
                "--server.address=127.0.0.1", "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:mem:feedbench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
                "--logging.level.root=WARN");
        try {
            var people = context.getBean(SignInService.class);
            long maria = people.signInAccount("maria@example.com").orElseThrow().personId();
            var actor = new Actor(maria, false);
            var team = context.getBean(TeamService.class).visibleTeams(actor).getFirst();
            insertSessions(context.getBean(JdbcTemplate.class), context.getBean(Clock.class), team.id(), maria, count);
            String token = context.getBean(CalendarFeedService.class).token(actor).orElseThrow();
            String url = "http://127.0.0.1:" + port + "/calendar/" + token + "/team/" + team.id() + ".ics";
            var http = HttpClient.newHttpClient();
            var plain = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            var gzip = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            Files.write(dir.resolve("team.ics"), plain.body());
            Files.writeString(dir.resolve("url"), url);
            if (listenerPort > 0) {
                String listenerUrl = url.replace(":" + port + "/", ":" + listenerPort + "/");
                var viaListener = http.send(HttpRequest.newBuilder(URI.create(listenerUrl)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (viaListener.statusCode() != 200 || !java.util.Arrays.equals(viaListener.body(), plain.body())) {
                    throw new IllegalStateException("the feed listener does not serve the same bytes");
                }
                Files.writeString(dir.resolve("listener-url"), listenerUrl);
            }
            Files.writeString(dir.resolve("etag"), plain.headers().firstValue("ETag").orElseThrow());
            Files.writeString(dir.resolve("gzip-etag"), gzip.headers().firstValue("ETag").orElseThrow());
            System.out.printf("team feed: %d events, %,d bytes (%,d gzipped), ETag %s%n",
                    new String(plain.body()).split("BEGIN:VEVENT").length - 1, plain.body().length,
                    gzip.body().length, plain.headers().firstValue("ETag").orElseThrow());
            Files.writeString(dir.resolve("ready"), "ready");
            long until = System.nanoTime() + maxSeconds * 1_000_000_000L;
            while (!Files.exists(dir.resolve("stop")) && System.nanoTime() < until) {
                Thread.sleep(200);
            }
        } finally {
            context.close();
        }
    }

    /** One session a day from 80 days back, in the team's zone at 12:30, every 25th cancelled. */
    private static void insertSessions(JdbcTemplate jdbc, Clock clock, long teamId, long facilitator, int count) {
        ZoneId zone = ZoneId.of(jdbc.queryForObject("select time_zone from team where id = ?", String.class, teamId));
        var first = LocalDateTime.now(clock.withZone(zone)).toLocalDate().minusDays(80);
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var day = first.plusDays(i);
            Instant start = day.atTime(12, 30).atZone(zone).toInstant();
            rows.add(new Object[] {"bench-" + i + "-" + UUID.randomUUID() + "@peer-planner", teamId, day,
                    FORMATS[i % FORMATS.length], TOPICS[i % TOPICS.length] + " #" + i,
                    "Why it matters, what we tried; bring questions.\nSlides in the wiki.",
                    Timestamp.valueOf(LocalDateTime.ofInstant(start, ZoneOffset.UTC)), zone.getId(), 45,
                    "Room 4.12, Building B", facilitator, i % 25 == 24 ? "CANCELLED" : "CONFIRMED", now, now});
        }
        jdbc.batchUpdate("""
                insert into learning_session (version, uid, team_id, slot_date, format, title, agenda, starts_at,
                    time_zone, duration_minutes, location, facilitator_id, status, revision, created_at, updated_at,
                    announced)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, true)""", rows);
    }

    private FeedBenchServer() {
    }
}
