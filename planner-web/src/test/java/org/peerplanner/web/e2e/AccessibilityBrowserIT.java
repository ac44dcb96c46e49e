package org.peerplanner.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.e2e.Axe.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every screen the app routes to, checked by axe-core as a manager and as a plain member (and the sign-in page as
 * nobody): no serious or critical accessibility violation. The routes come from Vaadin's own registry, so a new
 * screen is checked without anyone listing it here; a route with a parameter gets a real id from the demo
 * organisation, and a parameter this test has never met fails it until {@link #DEMO_IDS} learns it.
 * Dialogs and menus that buttons open are not checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class AccessibilityBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SIGN_IN_ROUTE = "login";
    private static final Map<String, String> PEOPLE = Map.of(
            "manager", "maria@example.com",
            "member", "jonas@example.com");
    private static final String TEAM = "(SELECT id FROM team WHERE name = 'Payments Platform')";
    /**
     * A real id for each route parameter: something of the demo team, which both people may see. A mentorship is
     * seen only by its two people: Jonas (the member) mentors Tomás, so the manager gets its "not found" card.
     */
    private static final Map<String, String> DEMO_IDS = Map.of(
            "teamId", "SELECT id FROM team WHERE name = 'Payments Platform'",
            "personId", "SELECT id FROM person WHERE email = 'aisha@example.com'",
            "sessionId", "SELECT MIN(id) FROM learning_session WHERE team_id = " + TEAM,
            "gapId", "SELECT MIN(id) FROM knowledge_gap WHERE team_id = " + TEAM,
            "articleId", "SELECT MIN(id) FROM article WHERE team_id = " + TEAM,
            "revision", "SELECT MIN(number) FROM house_rules_revision WHERE team_id = " + TEAM,
            "mentorshipId", "SELECT MIN(id) FROM mentorship WHERE mentor_id = "
                    + "(SELECT id FROM person WHERE email = 'jonas@example.com')",
            "requestId", "SELECT MIN(id) FROM help_request WHERE confidential = FALSE AND team_id = " + TEAM);
    /** One segment of a route template: {@code :name}, {@code :name?} or {@code :name*}, perhaps with a (regex). */
    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)([?*]?)(\\(.*\\))?");
    private static final String VAADIN_IDLE = """
            return document.readyState === 'complete' && !!(window.Vaadin && window.Vaadin.Flow
                && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());
            """;

    @RegisterExtension
    static final BrowserUnderTest chromium = new BrowserUnderTest();

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext application;
    @Autowired
    JdbcTemplate jdbc;

    private ChromeDriver browser;
    private AppPages pages;
    private final Axe axe = new Axe();

    @Test
    void noScreenHasASeriousOrCriticalAccessibilityViolationForAManagerOrAMember() {
        browser = chromium.driver();
        pages = new AppPages(browser, port, PATIENCE);
        List<String> templates = routeTemplates();
        List<String> paths = templates.stream().filter(t -> !t.equals(SIGN_IN_ROUTE))
                .flatMap(t -> paths(t).stream()).toList();
        var found = new LinkedHashMap<String, Map<String, List<Violation>>>(); // path -> who -> violations

        pages.open("/" + SIGN_IN_ROUTE);
        browser.manage().deleteAllCookies();
        found.computeIfAbsent("/" + SIGN_IN_ROUTE, p -> new LinkedHashMap<>()).put("nobody", scan("/" + SIGN_IN_ROUTE));
        PEOPLE.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(person -> {
            browser.manage().deleteAllCookies();
            pages.signInAs(person.getValue());
            for (String path : paths) {
                found.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(person.getKey(), scan(path));
            }
        });

        System.out.println(table(found));
        assertThat(serious(found)).as("serious or critical accessibility violations (axe-core)").isEmpty();
    }

    private List<Violation> scan(String path) {
        pages.open(path);
        settle();
        return axe.violations(browser);
    }

    /** Vaadin has answered every request and the page is drawn; then a moment for the web components to render. */
    private void settle() {
        pages.await().until(d -> Boolean.TRUE.equals(browser.executeScript(VAADIN_IDLE)));
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pages.await().until(d -> Boolean.TRUE.equals(browser.executeScript(VAADIN_IDLE)));
    }

    private List<String> routeTemplates() {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(application.getServletContext()));
        List<String> templates = registry.getRegisteredRoutes().stream().map(RouteData::getTemplate).sorted().toList();
        assertThat(templates).as("the app's routes").contains(SIGN_IN_ROUTE, "");
        return templates;
    }

    /**
     * The addresses that show a route: every parameter filled with a demo id; then, one parameter at a time, a word
     * its pattern also takes (teams/new) and, for an optional one, the address without it.
     */
    private List<String> paths(String template) {
        var choices = new ArrayList<List<String>>(); // per segment; null leaves an optional one out
        for (String segment : template.split("/", -1)) {
            Matcher parameter = PARAMETER.matcher(segment);
            if (!parameter.matches()) {
                choices.add(List.of(segment));
                continue;
            }
            String sql = DEMO_IDS.get(parameter.group(1));
            assertThat(sql).as("a demo id for the parameter :%s of the route %s (add it to DEMO_IDS)",
                    parameter.group(1), template).isNotNull();
            var values = new ArrayList<String>();
            values.add(String.valueOf(jdbc.queryForObject(sql, Long.class)));
            if (parameter.group(3) != null) {
                Arrays.stream(parameter.group(3).replaceAll("^\\(|\\)$", "").split("\\|"))
                        .filter(word -> word.matches("[A-Za-z-]+")).forEach(values::add);
            }
            if (!parameter.group(2).isEmpty()) {
                values.add(null);
            }
            choices.add(values);
        }
        var paths = new ArrayList<String>();
        paths.add(path(choices, -1, 0));
        for (int i = 0; i < choices.size(); i++) {
            for (int j = 1; j < choices.get(i).size(); j++) {
                paths.add(path(choices, i, j));
            }
        }
        return paths;
    }

    /** Each segment's first choice, but the {@code j}th at segment {@code i}. */
    private static String path(List<List<String>> choices, int i, int j) {
        var segments = new ArrayList<String>();
        for (int k = 0; k < choices.size(); k++) {
            String value = choices.get(k).get(k == i ? j : 0);
            if (value != null) {
                segments.add(value);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static List<String> serious(Map<String, Map<String, List<Violation>>> found) {
        var lines = new ArrayList<String>();
        found.forEach((path, byWho) -> byWho.forEach((who, violations) -> violations.stream()
                .filter(Violation::seriousOrWorse)
                .forEach(v -> lines.add("%s as %s: %s (%s, %s: %s) at %s".formatted(path, who, v.rule(), v.impact(),
                        v.help(), v.why(), v.targets())))));
        return lines;
    }

    /** Per address and person: critical/serious/moderate/minor counts of broken rules, and the serious ones' names. */
    private static String table(Map<String, Map<String, List<Violation>>> found) {
        var out = new StringBuilder("[axe] violations per screen (rules broken, by impact: critical/serious/moderate/minor)\n");
        out.append("[axe] %-36s %-9s %-11s %s%n".formatted("address", "who", "c/s/m/n", "serious or critical rules"));
        found.forEach((path, byWho) -> byWho.forEach((who, violations) -> {
            Map<String, Long> byImpact = violations.stream()
                    .collect(Collectors.groupingBy(Violation::impact, Collectors.counting()));
            String counts = List.of("critical", "serious", "moderate", "minor").stream()
                    .map(i -> String.valueOf(byImpact.getOrDefault(i, 0L))).collect(Collectors.joining("/"));
            String rules = violations.stream().filter(Violation::seriousOrWorse).map(Violation::rule)
                    .collect(Collectors.toCollection(TreeSet::new)).toString();
            out.append("[axe] %-36s %-9s %-11s %s%n".formatted(path, who, counts, rules.equals("[]") ? "" : rules));
        }));
        TreeSet<String> others = found.values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream)
                .filter(v -> !v.seriousOrWorse()).map(v -> v.rule() + " (" + v.impact() + ")")
                .collect(Collectors.toCollection(TreeSet::new));
        out.append("[axe] other rules broken: ").append(others);
        return out.toString();
    }
}
