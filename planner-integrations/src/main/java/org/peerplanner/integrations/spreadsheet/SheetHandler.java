package org.peerplanner.integrations.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part: collects each {@code <row>}'s cells and hands the row to the sink.
 * Numbers in a date format become real dates; other numbers keep the digits Excel stored.
 */
final class SheetHandler extends DefaultHandler {

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final RowSink sink;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder value = new StringBuilder();

    private List<RawCell> cells;
    private int rowNumber;
    private int column;
    private String cellType;
    private String cellStyle;
    private boolean collecting;
    private boolean inInlineString;
    private boolean inPhonetic;

    SheetHandler(SharedStrings strings, StylesTable styles, boolean date1904, RowSink sink) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "dimension" -> estimate(attributes.getValue("ref"));
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
                column = 0;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                if (r != null) {
                    column = new CellReference(r).getCol();
                }
                cellType = attributes.getValue("t");
                cellStyle = attributes.getValue("s");
                value.setLength(0);
            }
            case "v" -> collecting = true;
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> collecting = inInlineString && !inPhonetic;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "is" -> inInlineString = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                RawCell cell = cell();
                while (cells.size() < column) {
                    cells.add(null);
                }
                cells.add(cell);
                column++;
            }
            case "row" -> sink.row(rowNumber, cells);
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            value.append(ch, start, length);
        }
    }

    private RawCell cell() {
        String raw = value.toString();
        if (cellType == null || "n".equals(cellType)) {
            return raw.isBlank() ? null : number(raw.strip());
        }
        return switch (cellType) {
            case "s" -> raw.isBlank() ? null : RawCell.text(strings.getItemAt(Integer.parseInt(raw.strip())).getString());
            case "b" -> RawCell.text("1".equals(raw.strip()) ? "TRUE" : "FALSE");
            case "d" -> raw.length() >= 10 ? RawCell.date(LocalDate.parse(raw.substring(0, 10))) : RawCell.text(raw);
            default -> RawCell.text(raw); // inlineStr, str (formula text), e (error such as #N/A)
        };
    }

    private RawCell number(String raw) {
        double number = Double.parseDouble(raw);
        if (cellStyle != null && isDateStyle(Integer.parseInt(cellStyle)) && DateUtil.isValidExcelDate(number)) {
            return RawCell.date(DateUtil.getLocalDateTime(number, date1904).toLocalDate());
        }
        return RawCell.text(new BigDecimal(raw).stripTrailingZeros().toPlainString());
    }

    private boolean isDateStyle(int styleIndex) {
        if (styles == null) {
            return false;
        }
        return dateStyles.computeIfAbsent(styleIndex, i -> {
            if (i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle style = styles.getStyleAt(i);
            short format = style.getDataFormat();
            String pattern = style.getDataFormatString();
            if (pattern == null) {
                pattern = BuiltinFormats.getBuiltinFormat(format);
            }
            return DateUtil.isADateFormat(format, pattern);
        });
    }

    private void estimate(String ref) {
        if (ref == null || !ref.contains(":")) {
            return;
        }
        int lastRow = new CellReference(ref.substring(ref.indexOf(':') + 1)).getRow() + 1;
        sink.estimatedRows(Math.max(0, lastRow - 1));
    }
}
