package org.bianmin.rights.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianmin.rights.application.StatisticsWriter;
import org.bianmin.rights.application.VersionStatistics;
import org.bianmin.rights.domain.FeedbackFigures;

/**
 * A version's statistics as an .xlsx workbook with two sheets, per item and per town, each with a total row. Numbers
 * are number cells, so the office can sum and chart them. A version has at most a few hundred items and the district
 * a few dozen towns, so the whole workbook is built in memory (the ledger streams because it can be long).
 */
@ApplicationScoped
public class StatisticsExport implements StatisticsWriter {

    static final String BUNDLE = "org.bianmin.i18n.messages";

    /** The figure columns both sheets end with, by header key. */
    static final List<String> FIGURES = List.of(
            "FeedbackType.AGREE",
            "FeedbackType.SUGGEST",
            "FeedbackType.OBJECT",
            "FeedbackType.ASK",
            "staff_rights_stats.total",
            "staff_rights_stats.answerable",
            "staff_rights_stats.answered",
            "staff_rights_stats.answeredPercent",
            "staff_rights_stats.adopted",
            "staff_rights_stats.hidden");

    @Override
    public void write(VersionStatistics statistics, Locale locale, OutputStream out) throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = bold(workbook);

            Sheet items = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    text(bundle, "staff_rights_stats.sheetItems") + " v" + statistics.number()));
            header(
                    items,
                    bold,
                    bundle,
                    List.of(
                            "staff_rights_version.position",
                            "staff_rights_version.kind",
                            "staff_rights_version.stage",
                            "staff_rights_version.itemTitle"));
            int r = 1;
            for (VersionStatistics.ItemLine line : statistics.items()) {
                Row row = items.createRow(r++);
                row.createCell(0).setCellValue(line.position());
                row.createCell(1)
                        .setCellValue(text(bundle, "ItemKind." + line.kind().name()));
                row.createCell(2).setCellValue(line.stage());
                row.createCell(3).setCellValue(line.title());
                figures(row, 4, line.figures());
            }
            Row total = items.createRow(r);
            label(total, 0, text(bundle, "staff_rights_stats.total"), bold);
            figures(total, 4, statistics.total());
            widths(items, 6, 12, 10, 30);

            Sheet towns = workbook.createSheet(
                    WorkbookUtil.createSafeSheetName(text(bundle, "staff_rights_stats.sheetTowns")));
            header(towns, bold, bundle, List.of("staff_rights_stats.town"));
            r = 1;
            for (VersionStatistics.TownLine line : statistics.towns()) {
                Row row = towns.createRow(r++);
                row.createCell(0)
                        .setCellValue(
                                line.town() == null ? text(bundle, "staff_rights_stats.unknownTown") : line.town());
                figures(row, 1, line.figures());
            }
            total = towns.createRow(r);
            label(total, 0, text(bundle, "staff_rights_stats.total"), bold);
            figures(total, 1, statistics.total());
            widths(towns, 18);
            workbook.write(out);
        }
    }

    private static void figures(Row row, int from, FeedbackFigures figures) {
        long[] values = {
            figures.getAgree(),
            figures.getSuggest(),
            figures.getObject(),
            figures.getAsk(),
            figures.getTotal(),
            figures.getAnswerable(),
            figures.getAnswered()
        };
        int c = from;
        for (long value : values) {
            row.createCell(c++).setCellValue(value);
        }
        Cell percent = row.createCell(c++);
        if (figures.getAnsweredPercent() != null) {
            percent.setCellValue(figures.getAnsweredPercent());
        }
        row.createCell(c++).setCellValue(figures.getAdopted());
        row.createCell(c).setCellValue(figures.getHidden());
    }

    private static void header(Sheet sheet, CellStyle bold, ResourceBundle bundle, List<String> leading) {
        Row row = sheet.createRow(0);
        int c = 0;
        for (String key : leading) {
            label(row, c++, text(bundle, key), bold);
        }
        for (String key : FIGURES) {
            label(row, c, text(bundle, key), bold);
            sheet.setColumnWidth(c++, 12 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    private static void label(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
