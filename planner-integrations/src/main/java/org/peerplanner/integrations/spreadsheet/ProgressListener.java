package org.peerplanner.integrations.spreadsheet;

/**
 * Told how far an import has come, so the web UI can show a progress indicator.
 * Called at least every 500 data rows and once more when the file has been read.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (rowsRead, estimatedTotal) -> { };

    /**
     * @param rowsRead       data rows read so far (the header row and empty rows do not count)
     * @param estimatedTotal best guess of the data rows in the file, or {@code -1} when the file does not say;
     *                       on the last call it equals {@code rowsRead}
     */
    void progress(int rowsRead, int estimatedTotal);
}
