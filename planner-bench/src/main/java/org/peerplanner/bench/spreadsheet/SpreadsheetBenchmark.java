package org.peerplanner.bench.spreadsheet;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.peerplanner.bench.support.HeapSampler;
import org.peerplanner.bench.support.RetroWorkbook;
import org.peerplanner.bench.support.Stats;
import org.peerplanner.integrations.spreadsheet.GapSheetRow;
import org.peerplanner.integrations.spreadsheet.GapSpreadsheetWriter;
import org.peerplanner.integrations.spreadsheet.RetroFileReader;
import org.peerplanner.integrations.spreadsheet.RetroSheet;

/**
 * Prints wall time and peak heap for reading a 10,000-row retrospective .xlsx (the parse part of the import
 * preview) and for exporting 100,000 gaps to .xlsx and .csv. Not a test: run it by hand, see docs/benchmarks.md.
 * <p>Peak heap is measured two ways: the largest "used heap" seen by a thread sampling every millisecond, and the
 * sum of the heap pools' peak usage since a reset (an upper bound: pools peak at different moments).
 */
public final class SpreadsheetBenchmark {

    private static final int READ_ROWS = 10_000;
    private static final int EXPORT_ROWS = 100_000;

    public static void main(String[] args) throws Exception {
        String phases = args.length > 0 ? args[0] : "all";
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        System.out.printf(Locale.ROOT, "JVM %s, max heap %d MB, %d CPUs, load average %.1f, %d warm-ups,"
                        + " %d measured runs%n", Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), warmups, runs);
        if (phases.equals("all") || phases.equals("read")) {
            byte[] retro = retroWorkbook(READ_ROWS);
            System.out.printf(Locale.ROOT, "generated retro workbook: %d rows, %d KB%n", READ_ROWS, retro.length >> 10);
            RetroFileReader reader = new RetroFileReader();
            measure("read 10,000-row xlsx", warmups, runs, () -> {
                RetroSheet sheet = reader.read("retro.xlsx", new ByteArrayInputStream(retro), retro.length, null);
                check(sheet.rows().size() == READ_ROWS, "rows read: " + sheet.rows().size());
            });
            // for comparison only: what the whole-workbook (DOM) API would cost for the same file
            measure("  (POI usermodel, same file)", warmups, runs, () -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(retro))) {
                    DataFormatter formatter = new DataFormatter();
                    int cells = 0;
                    for (Row row : workbook.getSheetAt(0)) {
                        for (var cell : row) {
                            cells += formatter.formatCellValue(cell).isEmpty() ? 0 : 1;
                        }
                    }
                    check(cells > READ_ROWS, "cells read");
                }
            });
        }
        if (phases.equals("all") || phases.equals("export")) {
            GapSpreadsheetWriter writer = new GapSpreadsheetWriter();
            Path target = Files.createTempFile("gaps-", ".xlsx");
            measure("export 100,000 gaps to xlsx", warmups, runs, () -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                    check(writer.writeXlsx("Platform", gaps(EXPORT_ROWS), out) == EXPORT_ROWS, "rows written");
                }
            });
            System.out.printf(Locale.ROOT, "   xlsx file: %d KB%n", Files.size(target) >> 10);
            measure("export 100,000 gaps to csv", warmups, runs, () -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                    check(writer.writeCsv(gaps(EXPORT_ROWS), out) == EXPORT_ROWS, "rows written");
                }
            });
            System.out.printf(Locale.ROOT, "   csv file: %d KB%n", Files.size(target) >> 10);
            Files.deleteIfExists(target);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void measure(String name, int warmups, int runs, Work work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        long[] millis = new long[runs];
        long[] cpuMillis = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sampledPeak = 0;
        long poolPeak = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            HeapSampler sampler = HeapSampler.begin();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            sampledPeak = Math.max(sampledPeak, sampler.end());
            poolPeak = Math.max(poolPeak, sampler.poolPeakSum());
        }
        Stats wall = Stats.of(millis);
        System.out.printf(Locale.ROOT, "%-28s wall median %5d ms (min %d, max %d), thread CPU median %5d ms;"
                        + " peak heap used %d MB (sampled), %d MB (sum of pool peaks)%n", name, wall.median(),
                wall.min(), wall.max(), Stats.of(cpuMillis).median(), sampledPeak >> 20, poolPeak >> 20);
    }

    private static final String[] OWNERS = {"Zoë Ångström", "José Müller", "李雷 🚀", "Priya Natarajan", "Sam O'Neill"};
    private static final String[] SOURCES = {"Retrospective", "1:1", "Post-mortem", "Onboarding", "Recurring bug"};
    private static final String[] TOPICS = {"Kafka consumer groups", "Flaky CI builds", "Writing ADRs",
            "Kubernetes probes", "SQL query plans", "Feature flags", "Observability dashboards", "Threat modelling"};

    /** A retrospective export as a manager would upload it: real dates, numbers, some long descriptions. */
    static byte[] retroWorkbook(int rows) throws IOException {
        RetroWorkbook retro = RetroWorkbook.start("Retro");
        SXSSFWorkbook workbook = retro.workbook();
        try {
            SXSSFSheet sheet = retro.sheet();
            CellStyle date = retro.dateStyle();
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(TOPICS[r % TOPICS.length] + " #" + r);
                row.createCell(1).setCellValue(description(r));
                row.createCell(2).setCellValue(r % 13);
                row.createCell(3).setCellValue(SOURCES[r % SOURCES.length]);
                var cell = row.createCell(4);
                cell.setCellValue(LocalDate.of(2025, 1, 1).plusDays(r % 365));
                cell.setCellStyle(date);
                row.createCell(5).setCellValue(OWNERS[r % OWNERS.length]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** Gaps produced one at a time, as a database cursor would hand them over. */
    static Iterator<GapSheetRow> gaps(int count) {
        return new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public GapSheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                return new GapSheetRow(i, TOPICS[i % TOPICS.length] + " (" + i + ")", description(i),
                        i % 7 == 0 ? "Closed" : "Open", SOURCES[i % SOURCES.length], "RETRO-" + (i / 50),
                        i % 3 == 0 ? "High" : "Normal", i % 17, i % 5, List.of("backend", "team-" + (i % 9)),
                        OWNERS[i % OWNERS.length], LocalDate.of(2024, 1, 1).plusDays(i % 700),
                        List.of(OWNERS[(i + 1) % OWNERS.length], OWNERS[(i + 2) % OWNERS.length]), i % 11 == 0);
            }
        };
    }

    private static String description(int i) {
        return "We keep tripping over " + TOPICS[(i + 3) % TOPICS.length].toLowerCase(Locale.ROOT)
                + " when we deploy; nobody on the team has gone deep on it yet. Item " + i
                + (i % 4 == 0 ? ".\nSecond line with details: logs, dashboards and a link to the incident." : ".");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark sanity check failed: " + what);
        }
    }
}
