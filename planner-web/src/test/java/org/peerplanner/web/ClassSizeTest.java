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
 * with its forms, grids and dialogs beside it in the feature package; no class of src/main is over 400 lines. Read
 * from the sources, as lines are what a reader sees (ArchUnit sees classes, not lines).
 */
class ClassSizeTest {

    static final int MAX_VIEW_LINES = 150;
    static final int MAX_CLASS_LINES = 400;
    /** Classes allowed to be longer, each with the reason; none so far. */
    static final Map<String, String> LONGER_ON_PURPOSE = Map.of();

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void routedViewsAreAtMost150Lines() throws IOException {
        assertThat(sources().filter(ClassSizeTest::routed).filter(f -> lines(f) > MAX_VIEW_LINES)
                .map(f -> SOURCES.relativize(f) + " (" + lines(f) + " lines)").toList())
                .as("routed views over %d lines: move forms, grids and dialogs into their own classes", MAX_VIEW_LINES)
                .isEmpty();
    }

    @Test
    void noClassIsOver400Lines() throws IOException {
        assertThat(sources().filter(f -> !LONGER_ON_PURPOSE.containsKey(f.getFileName().toString()))
                .filter(f -> lines(f) > MAX_CLASS_LINES).map(f -> SOURCES.relativize(f) + " (" + lines(f) + " lines)").toList())
                .as("classes over %d lines", MAX_CLASS_LINES).isEmpty();
    }

    @Test
    void theRuleSeesTheViews() throws IOException {
        assertThat(sources().filter(ClassSizeTest::routed).count()).as("routed views found under " + SOURCES)
                .isGreaterThan(15);
    }

    private static Stream<Path> sources() throws IOException {
        List<Path> files;
        try (var walk = Files.walk(SOURCES)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        return files.stream();
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
