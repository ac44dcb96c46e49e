package org.peerplanner.integrations.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The export's second thread: rows in order, failures handed over, memory bounded, no thread left behind. */
class ReadAheadTest {

    /** Chunks of the given sizes (0 = a chunk with nothing to write) of consecutive numbers, then the end. */
    private static ReadAhead.ChunkSource<Integer> chunks(AtomicInteger calls, int... sizes) {
        int[] next = {0};
        return () -> {
            int call = calls.getAndIncrement();
            if (call >= sizes.length) {
                return null;
            }
            List<Integer> chunk = IntStream.range(next[0], next[0] + sizes[call]).boxed().toList();
            next[0] += sizes[call];
            return chunk;
        };
    }

    @Test
    void deliversEveryRowInTheSourcesOrderAcrossChunksIncludingEmptyOnes() {
        List<Integer> seen = new ArrayList<>();
        try (var rows = new ReadAhead<>("test-read-ahead", 1, chunks(new AtomicInteger(), 3, 0, 5000, 1, 0, 0, 7))) {
            rows.forEachRemaining(seen::add);
            assertThat(rows.hasNext()).isFalse();
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 5011).boxed().toList());
    }

    @Test
    void anEmptySourceHasNoRows() {
        try (var rows = new ReadAhead<>("test-read-ahead", 1, chunks(new AtomicInteger()))) {
            assertThat(rows.hasNext()).isFalse();
            assertThatThrownBy(rows::next).isInstanceOf(java.util.NoSuchElementException.class);
        }
    }

    @Test
    void aFailureOfTheSourceReachesTheCallerAfterTheRowsBeforeIt() {
        IllegalStateException failure = new IllegalStateException("database gone");
        AtomicInteger calls = new AtomicInteger();
        ReadAhead.ChunkSource<Integer> source = () -> {
            if (calls.getAndIncrement() == 2) {
                throw failure;
            }
            return List.of(calls.get() * 10, calls.get() * 10 + 1);
        };
        List<Integer> seen = new ArrayList<>();
        try (var rows = new ReadAhead<>("test-read-ahead", 1, source)) {
            assertThatThrownBy(() -> rows.forEachRemaining(seen::add)).isSameAs(failure);
            assertThat(rows.hasNext()).as("after the failure, nothing more").isFalse();
        }
        assertThat(seen).containsExactly(10, 11, 20, 21);
    }

    @Test
    void anErrorIsHandedOverAsItIs() {
        var error = new OutOfMemoryError("simulated");
        try (var rows = new ReadAhead<Integer>("test-read-ahead", 1, () -> {
            throw error;
        })) {
            assertThatThrownBy(rows::hasNext).isSameAs(error);
        }
    }

    @Test
    void theReaderStaysAtMostTheGivenNumberOfChunksAhead() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        try (var rows = new ReadAhead<>("test-read-ahead", 1, chunks(calls, 10, 10, 10, 10, 10, 10))) {
            rows.next(); // the first chunk is with the caller
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (calls.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200); // time enough to read a fourth, if it would
            // one chunk with the caller, one waiting, one read and waiting for room: three calls, no more
            assertThat(calls.get()).isEqualTo(3);
        }
    }

    @Test
    void closingWhenTheWriterGivesUpStopsTheReaderAndWaitsForIt() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        ReadAhead<Integer> rows = new ReadAhead<>("test-read-ahead-abandoned", 1, chunks(calls, 100, 100, 100, 100));
        assertThatThrownBy(() -> {
            try (rows) {
                rows.next();
                throw new java.io.IOException("client went away");
            }
        }).hasMessage("client went away");

        assertThat(rows.readerEnded()).isTrue();
        assertThat(calls.get()).as("the reader stopped instead of reading everything").isLessThanOrEqualTo(3);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("test-read-ahead-abandoned") && t.isAlive());
    }

    @Test
    void closingWaitsForAChunkStillBeingReadAndNeverInterruptsIt() throws InterruptedException {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        ReadAhead<Integer> rows = new ReadAhead<>("test-read-ahead-slow", 1, () -> {
            reading.countDown();
            try {
                mayFinish.await();
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
            }
            return List.of(1);
        });
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        Thread closer = Thread.ofPlatform().start(rows::close);
        closer.join(200);
        assertThat(closer.isAlive()).as("close waits for the chunk in progress").isTrue();
        mayFinish.countDown();
        closer.join(5_000);

        assertThat(closer.isAlive()).isFalse();
        assertThat(rows.readerEnded()).isTrue();
        assertThat(interrupted.get()).isZero();
    }
}
