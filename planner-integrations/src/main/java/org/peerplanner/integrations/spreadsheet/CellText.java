package org.peerplanner.integrations.spreadsheet;

/**
 * Keeps exported text from being run as a formula when the file is opened in a spreadsheet program
 * (OWASP "CSV injection"): text starting with = + - @ tab or carriage return gets a leading single quote.
 * Applied to xlsx string cells as well, so a sheet copied out to CSV stays harmless.
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
