package org.peerplanner.integrations.spreadsheet;

import static org.peerplanner.integrations.spreadsheet.SpreadsheetRefusedException.Reason.*;

import java.util.List;
import java.util.stream.Collectors;

/** The words a manager reads when a whole file is refused: what is wrong, then what to do. */
final class Refusals {

    private Refusals() {
    }

    static SpreadsheetRefusedException tooLarge(String file) {
        return new SpreadsheetRefusedException(TOO_LARGE, "\"" + file + "\" is larger than 10 MB, the most we can"
                + " import at once. Remove pictures or unused sheets, or split the items into several files,"
                + " and upload again.");
    }

    static SpreadsheetRefusedException tooMuchData(String file) {
        return new SpreadsheetRefusedException(TOO_LARGE, "\"" + file + "\" holds more data than we can import at"
                + " once (over 64 MB once unpacked). Remove unused columns and very long texts, or split the items"
                + " into several files, and upload again.");
    }

    static SpreadsheetRefusedException tooManyRows(String file) {
        return new SpreadsheetRefusedException(TOO_MANY_ROWS, "\"" + file + "\" has more than 10,000 items, the"
                + " most we can import at once. Split the items into files of at most 10,000 rows and upload"
                + " them one after the other.");
    }

    static SpreadsheetRefusedException empty(String file) {
        return new SpreadsheetRefusedException(EMPTY, "\"" + file + "\" is empty. Export the retrospective"
                + " again and upload the new file.");
    }

    static SpreadsheetRefusedException noItems(String file) {
        return new SpreadsheetRefusedException(NO_ITEMS, "\"" + file + "\" has a header row but no items below"
                + " it. Add the items under the header row and upload again.");
    }

    static SpreadsheetRefusedException noTitleColumn(String file, List<String> headersFound) {
        String found = headersFound.isEmpty() ? "none"
                : headersFound.stream().map(h -> "\"" + h + "\"").collect(Collectors.joining(", "));
        return new SpreadsheetRefusedException(NO_TITLE_COLUMN, "\"" + file + "\" has no column for the item"
                + " title. Columns found: " + found + ". Name the column that holds the items \"Title\" (Topic,"
                + " Item, Subject or Summary also work) and upload again.");
    }

    static SpreadsheetRefusedException legacyXls(String file) {
        return new SpreadsheetRefusedException(LEGACY_XLS, "\"" + file + "\" is an old Excel 97-2003 workbook"
                + " (.xls), which we cannot read. Open it in Excel, choose File > Save As > Excel Workbook"
                + " (.xlsx), and upload the new file.");
    }

    static SpreadsheetRefusedException passwordProtected(String file) {
        return new SpreadsheetRefusedException(PASSWORD_PROTECTED, "\"" + file + "\" is protected with a"
                + " password, so we cannot open it. Open it in Excel, remove the password and upload again"
                + " (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password,"
                + " save).");
    }

    static SpreadsheetRefusedException damaged(String file, Throwable cause) {
        return new SpreadsheetRefusedException(DAMAGED, "\"" + file + "\" looks like an Excel workbook but is"
                + " damaged or incomplete. Open it in Excel to check that everything is there, save it again"
                + " as Excel Workbook (.xlsx), and upload the new file.", cause);
    }

    static SpreadsheetRefusedException zipBomb(String file, Throwable cause) {
        return new SpreadsheetRefusedException(ZIP_BOMB, "\"" + file + "\" unpacks to far more data than a"
                + " spreadsheet of its size should, so we did not open it, for safety. Copy the items into a"
                + " new workbook, save it as Excel Workbook (.xlsx), and upload that file.", cause);
    }

    static SpreadsheetRefusedException notASpreadsheet(String file) {
        return new SpreadsheetRefusedException(NOT_A_SPREADSHEET, "\"" + file + "\" is not a spreadsheet we"
                + " can read. Upload an Excel workbook (.xlsx) or a CSV file saved as \"CSV UTF-8\".");
    }

    static SpreadsheetRefusedException notAWorkbook(String file) {
        return new SpreadsheetRefusedException(NOT_A_SPREADSHEET, "\"" + file + "\" is an archive or another"
                + " kind of document, not an Excel workbook. Save the retrospective as Excel Workbook (.xlsx)"
                + " or as \"CSV UTF-8\" and upload that file.");
    }

    static SpreadsheetRefusedException malformedCsv(String file, int nearRow, Throwable cause) {
        return new SpreadsheetRefusedException(MALFORMED_CSV, "\"" + file + "\" is not a well-formed CSV file:"
                + " a quoted value near row " + nearRow + " is not closed properly. Open the file in a"
                + " spreadsheet program, save it again as \"CSV UTF-8\", and upload the new file.", cause);
    }

    static SpreadsheetRefusedException noBaselineColumns(String file, List<String> headersFound) {
        String found = headersFound.isEmpty() ? "none"
                : headersFound.stream().map(h -> "\"" + h + "\"").collect(Collectors.joining(", "));
        return new SpreadsheetRefusedException(NO_MONTH_COLUMNS, "\"" + file + "\" needs a Month column and an"
                + " Onboarding days or Bug reports column (or both). Columns found: " + found + ". Name the columns"
                + " in the first row and upload again.");
    }

    static SpreadsheetRefusedException noMonths(String file) {
        return new SpreadsheetRefusedException(NO_ITEMS, "\"" + file + "\" has a header row but no months below"
                + " it. Add one row per month under the header row and upload again.");
    }
}
