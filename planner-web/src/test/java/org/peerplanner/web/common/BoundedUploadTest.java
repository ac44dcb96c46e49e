package org.peerplanner.web.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server-side upload limit, whatever the client announces; the browser test drives it end to end. */
class BoundedUploadTest {

    private static final long TEN_MB = 10L * 1024 * 1024;
    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    private final List<String> refusals = new ArrayList<>();
    private final List<Path> received = new ArrayList<>();
    private final BoundedUpload upload = new BoundedUpload(TEN_MB, "Too large.", (name, file, bytes) -> received.add(file),
            refusals::add);

    @Test
    void aStreamThatAnnouncesNoLengthIsCutOffJustPastTheLimit() throws Exception {
        var source = new GeneratedStream(TWO_HUNDRED_MB, null);

        long copied = BoundedUpload.copyAtMost(source, OutputStream.nullOutputStream(), TEN_MB);

        assertThat(copied).isEqualTo(TEN_MB + 1);
        assertThat(source.served).as("bytes read from the client").isLessThanOrEqualTo(TEN_MB + 1);
    }

    @Test
    void anUploadPastTheLimitIsRefusedAndLeavesNoFileBehind() throws Exception {
        UploadEvent event = event("mallory@example.com", -1, new GeneratedStream(TWO_HUNDRED_MB, null));
        long filesBefore = uploadFilesInTemp();

        upload.handleUploadRequest(event);

        verify(event).reject("Too large.");
        assertThat(received).isEmpty();
        assertThat(uploadFilesInTemp()).isEqualTo(filesBefore);
    }

    @Test
    void anAnnouncedLengthPastTheLimitIsRefusedBeforeAnyByteIsRead() throws Exception {
        var source = new GeneratedStream(TWO_HUNDRED_MB, null);
        UploadEvent event = event("mallory@example.com", TWO_HUNDRED_MB, source);

        upload.handleUploadRequest(event);

        verify(event).reject("Too large.");
        assertThat(source.served).isZero();
    }

    @Test
    void aPersonRunsAtMostTwoUploadsAtOnce() throws Exception {
        var release = new CountDownLatch(1);
        var started = new CountDownLatch(2);
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            UploadEvent slow = event("busy@example.com", 100, new GeneratedStream(100, () -> {
                started.countDown();
                await(release);
            }));
            running.add(Thread.ofPlatform().start(() -> handle(slow)));
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        UploadEvent third = event("busy@example.com", 100, new GeneratedStream(100, null));
        upload.handleUploadRequest(third);
        UploadEvent someoneElse = event("other@example.com", 100, new GeneratedStream(100, null));
        upload.handleUploadRequest(someoneElse);

        verify(third).reject(BoundedUpload.BUSY);
        verify(someoneElse, never()).reject(org.mockito.ArgumentMatchers.anyString());
        release.countDown();
        for (Thread t : running) {
            t.join();
        }
        UploadEvent later = event("busy@example.com", 100, new GeneratedStream(100, null));
        upload.handleUploadRequest(later);
        verify(later, never()).reject(org.mockito.ArgumentMatchers.anyString());
    }

    private void handle(UploadEvent event) {
        try {
            upload.handleUploadRequest(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static UploadEvent event(String person, long announced, InputStream body) {
        UploadEvent event = mock(UploadEvent.class);
        VaadinServletRequest request = mock(VaadinServletRequest.class);
        when(request.getUserPrincipal()).thenReturn(() -> person);
        when(event.getRequest()).thenReturn(request);
        when(event.getUI()).thenReturn(mock(UI.class));
        when(event.getFileSize()).thenReturn(announced);
        when(event.getFileName()).thenReturn("retro.csv");
        when(event.getInputStream()).thenReturn(body);
        return event;
    }

    private static long uploadFilesInTemp() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("planner-upload-")).count();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code size} bytes of 'A' made as they are read, never held; counts what it served. */
    private static final class GeneratedStream extends InputStream {
        private final long size;
        private final Runnable onFirstRead;
        long served;

        GeneratedStream(long size, Runnable onFirstRead) {
            this.size = size;
            this.onFirstRead = onFirstRead;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served == 0 && onFirstRead != null) {
                onFirstRead.run();
            }
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            java.util.Arrays.fill(b, off, off + n, (byte) 'A');
            served += n;
            return n;
        }
    }
}
