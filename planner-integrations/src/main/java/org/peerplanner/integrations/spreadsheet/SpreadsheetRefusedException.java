package org.peerplanner.integrations.spreadsheet;

/**
 * A file that cannot be imported at all. The message is written for the manager who uploaded it:
 * what is wrong and what to do. Nothing of the file is returned.
 */
public class SpreadsheetRefusedException extends RuntimeException {

    /** Why the file was refused, for code that reacts differently (the message is for people). */
    public enum Reason {
        TOO_LARGE, TOO_MANY_ROWS, EMPTY, NO_ITEMS, NO_TITLE_COLUMN, LEGACY_XLS, PASSWORD_PROTECTED,
        DAMAGED, ZIP_BOMB, NOT_A_SPREADSHEET, MALFORMED_CSV, NO_MONTH_COLUMNS
    }

    private final Reason reason;

    SpreadsheetRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    SpreadsheetRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
