package org.peerplanner.web.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload that can never fill the heap: refused at once when its announced length is over the limit, otherwise
 * streamed to a temporary file while its bytes are counted, and cut off the moment it passes the limit (a client
 * may announce no length, or a wrong one). A person may run {@value #MAX_AT_ONCE_PER_PERSON} uploads at once.
 * The browser's own size check is a convenience only: this is the one that holds.
 *
 * <p>The receiver runs on the UI with the session locked and owns the file: it must delete it when done
 * ({@link #delete(Path)}).
 */
public final class BoundedUpload implements UploadHandler {

    static final int MAX_AT_ONCE_PER_PERSON = 2;
    static final String BUSY = "Another upload of yours is still running. Wait for it to finish, then try again.";
    private static final Logger LOG = LoggerFactory.getLogger(BoundedUpload.class);
    private static final Map<String, AtomicInteger> RUNNING = new ConcurrentHashMap<>();

    /** Gets the received file on the UI thread. */
    @FunctionalInterface
    public interface Receiver {
        void receive(String fileName, Path file, long bytes);
    }

    private final long maxBytes;
    private final String tooLarge;
    private final Receiver receiver;
    private final Consumer<String> refused;

    /**
     * @param tooLarge the message a person sees for a file over {@code maxBytes}
     * @param refused  shows a refusal on the UI thread
     */
    public BoundedUpload(long maxBytes, String tooLarge, Receiver receiver, Consumer<String> refused) {
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        this.receiver = receiver;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, tooLarge);
            return;
        }
        String person = person(event);
        AtomicInteger running = RUNNING.computeIfAbsent(person, p -> new AtomicInteger());
        if (running.incrementAndGet() > MAX_AT_ONCE_PER_PERSON) {
            running.decrementAndGet();
            refuse(event, ui, BUSY);
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("planner-upload-", ".part");
            long bytes;
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                bytes = copyAtMost(in, out, maxBytes);
            }
            if (bytes > maxBytes) {
                refuse(event, ui, tooLarge);
                return;
            }
            Path received = file;
            file = null; // the receiver owns it now
            String fileName = event.getFileName();
            ui.access(() -> receiver.receive(fileName, received, bytes));
        } finally {
            delete(file);
            running.decrementAndGet();
        }
    }

    /** The most the multipart parser may accept before this handler sees the file. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024; // room for the multipart headers around one file
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /**
     * Copies until the input ends or one byte past {@code limit} has arrived; returns the bytes copied, which is
     * more than {@code limit} when the input is too long. The rest of the input is never read.
     */
    static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
            out.write(buffer, 0, read);
            total += read;
            if (total > limit) {
                break;
            }
        }
        return total;
    }

    private void refuse(UploadEvent event, UI ui, String message) {
        event.reject(message);
        ui.access(() -> refused.accept(message));
    }

    private static String person(UploadEvent event) {
        Principal principal = event.getRequest() instanceof com.vaadin.flow.server.VaadinServletRequest servlet
                ? servlet.getUserPrincipal() : null;
        return principal != null ? principal.getName() : "session:" + event.getSession().getSession().getId();
    }

    public static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the uploaded file {}", file, e);
        }
    }
}
