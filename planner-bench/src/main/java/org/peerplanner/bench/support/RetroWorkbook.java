package org.peerplanner.bench.support;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The start of a generated retrospective export, as the gap import reads them: a streaming workbook (100 rows in
 * memory) with one sheet, its header row (Title, Description, Votes, Source, Date, Owner) and a date cell style.
 * The caller writes the rows from row 1 on and disposes of the workbook.
 */
public record RetroWorkbook(SXSSFWorkbook workbook, SXSSFSheet sheet, CellStyle dateStyle) {

    public static final String[] HEADERS = {"Title", "Description", "Votes", "Source", "Date", "Owner"};

    public static RetroWorkbook start(String sheetName) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        SXSSFSheet sheet = workbook.createSheet(sheetName);
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            header.createCell(c).setCellValue(HEADERS[c]);
        }
        return new RetroWorkbook(workbook, sheet, dateStyle);
    }
}
