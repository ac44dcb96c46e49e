package org.peerplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sizes a newcomer can read in one sitting: a routed view (a {@code @Route} class) asks and shows in at most 150 lines,
 * with its forms, grids and dialogs beside it in the feature package; no class in the product's src/main (web, domain,
 * integrations) is over 400 lines. Read from the sources, as lines are what a reader sees (ArchUnit sees classes, not
 * lines). The benchmarks in planner-bench are scripts read top to bottom and are left out.
 */
class ClassSizeTest {

    static final int MAX_VIEW_LINES = 150;
    static final int MAX_CLASS_LINES = 400;
    /** Classes allowed to be longer, each with the reason (also said in a comment on the class). */
    static final Map<String, String> LONGER_ON_PURPOSE = Map.of(
            "RotationPlanner.java", "one pure algorithm whose ordered rules read best together, each unit-tested",
            "KnowledgeGap.java", "an entity, mostly mapping; the lifecycle rules stay beside the state they guard",
            "LearningSession.java", "the session aggregate: mapping, lifecycle, attendance and confidentiality rules "
                    + "beside the state they guard (405 lines after roundtables, attendance and co-facilitation)");

    /** This module's views and classes; the other product modules are checked for class size too. */
    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<Path> PRODUCT_SOURCES = List.of(SOURCES,
            Path.of("../planner-domain/src/main/java"), Path.of("../planner-integrations/src/main/java"));

    @Test
    void routedViewsAreAtMost150Lines() throws IOException {
        assertThat(sources().filter(ClassSizeTest::routed).filter(f -> lines(f) > MAX_VIEW_LINES)
                .map(f -> SOURCES.relativize(f) + " (" + lines(f) + " lines)").toList())
                .as("routed views over %d lines: move forms, grids and dialogs into their own classes", MAX_VIEW_LINES)
                .isEmpty();
    }

    @Test
    void noClassIsOver400Lines() throws IOException {
        assertThat(productSources().filter(f -> !LONGER_ON_PURPOSE.containsKey(f.getFileName().toString()))
                .filter(f -> lines(f) > MAX_CLASS_LINES).map(f -> f.normalize() + " (" + lines(f) + " lines)").toList())
                .as("classes over %d lines", MAX_CLASS_LINES).isEmpty();
    }

    @Test
    void theRuleSeesTheViews() throws IOException {
        assertThat(sources().filter(ClassSizeTest::routed).count()).as("routed views found under " + SOURCES)
                .isGreaterThan(15);
    }

    @Test
    void theRuleSeesEveryProductModule() throws IOException {
        assertThat(PRODUCT_SOURCES).allSatisfy(dir -> assertThat(javaFiles(dir)).as(dir + " has sources").isNotEmpty());
    }

    private static Stream<Path> sources() throws IOException {
        return javaFiles(SOURCES).stream();
    }

    private static Stream<Path> productSources() throws IOException {
        var all = new java.util.ArrayList<Path>();
        for (Path dir : PRODUCT_SOURCES) {
            all.addAll(javaFiles(dir));
        }
        return all.stream();
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static boolean routed(Path file) {
        return read(file).stream().anyMatch(line -> line.startsWith("@Route("));
    }

    private static int lines(Path file) {
        return read(file).size();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
