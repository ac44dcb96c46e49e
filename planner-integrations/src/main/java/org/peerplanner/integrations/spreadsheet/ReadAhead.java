package org.peerplanner.integrations.spreadsheet;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Rows that a thread of their own reads chunk by chunk while the caller is still busy with the rows before them:
 * an export writes one chunk while the database delivers the next, instead of one after the other. At most
 * {@code chunksAhead} chunks wait between the two (plus the one being read and the one being written), so memory
 * stays bounded however many rows there are. Rows come out in the order the source returned them; a failure of the
 * source is thrown by {@link #hasNext()} / {@link #next()} in the caller's thread. {@link #close()} (use
 * try-with-resources) stops the reader and waits for it, also when the caller gave up halfway.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    /** Where the chunks come from; called on the reader thread only, one call after the other. */
    interface ChunkSource<T> {
        /** The next chunk (possibly empty), or null after the last. */
        List<T> next();
    }

    private static final Object END = new Object();
    private static final long HAND_OFF_POLL_MILLIS = 50;

    private record Failure(Throwable error) {
    }

    private final BlockingQueue<Object> handOff;
    private final Thread reader;
    private volatile boolean closed;
    private List<T> current = List.of();
    private int next;
    private boolean finished;

    ReadAhead(String threadName, int chunksAhead, ChunkSource<T> source) {
        this.handOff = new ArrayBlockingQueue<>(chunksAhead);
        this.reader = Thread.ofPlatform().name(threadName).daemon().unstarted(() -> read(source));
        reader.start();
    }

    private void read(ChunkSource<T> source) {
        try {
            List<T> chunk;
            while (!closed && (chunk = source.next()) != null) {
                if (!chunk.isEmpty()) {
                    handOver(chunk);
                }
            }
            handOver(END);
        } catch (Throwable e) {
            handOver(new Failure(e));
        }
    }

    /** Waits for room, and gives up when the caller closed: nobody will take it any more. */
    private void handOver(Object item) {
        try {
            while (!closed) {
                if (handOff.offer(item, HAND_OFF_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (next >= current.size()) {
            if (finished) {
                return false;
            }
            take();
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private void take() {
        Object item;
        try {
            item = handOff.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = true;
            throw new IllegalStateException("Interrupted while waiting for the next rows", e);
        }
        if (item == END) {
            finished = true;
        } else if (item instanceof Failure failure) {
            finished = true;
            switch (failure.error()) {
                case RuntimeException e -> throw e;
                case Error e -> throw e;
                case Throwable e -> throw new IllegalStateException(e);
            }
        } else {
            current = (List<T>) item;
            next = 0;
        }
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.get(next++);
    }

    /**
     * Stops the reader after the chunk it is reading (a query is not interrupted: that could break its connection)
     * and waits until its thread has ended.
     */
    @Override
    public void close() {
        closed = true;
        finished = true;
        handOff.clear();
        current = List.of();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the reader still ends by itself after its chunk
        }
    }

    /** Whether the reader thread has ended (for tests). */
    boolean readerEnded() {
        return !reader.isAlive();
    }
}
