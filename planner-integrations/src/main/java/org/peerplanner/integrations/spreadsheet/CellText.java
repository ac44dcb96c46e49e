package org.peerplanner.integrations.spreadsheet;

/**
 * Keeps exported CSV text from being run as a formula when the file is opened in a spreadsheet program
 * (OWASP "CSV injection"): text starting with = + - @ tab or carriage return gets a leading single quote.
 * Only for CSV: an xlsx string cell is typed as text and never evaluated, and there the quote would show as a
 * visible character in front of the person's words, so the xlsx writers write text exactly as it is.
 */
final class CellText {

    private CellText() {
    }

    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
