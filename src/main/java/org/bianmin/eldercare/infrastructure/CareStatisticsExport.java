package org.bianmin.eldercare.infrastructure;

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
import org.bianmin.eldercare.application.CareStatisticsWriter;
import org.bianmin.eldercare.domain.CareStatistics;

/**
 * The home-care figures as an .xlsx workbook, like the rights statistics: a sheet by stage (count and average working
 * days, then approvals and refusals) and a sheet by town (applications, approvals, refusals, active plans, monthly
 * subsidy) with a total row. Numbers are number cells. A few dozen rows, so built in memory. Figures only.
 */
@ApplicationScoped
public class CareStatisticsExport implements CareStatisticsWriter {

    static final String BUNDLE = "org.bianmin.i18n.messages";

    static final List<String> TOWN_COLUMNS = List.of(
            "staff_care_stats.town",
            "staff_care_stats.applications",
            "staff_care_stats.approved",
            "staff_care_stats.refused",
            "staff_care_stats.activePlans",
            "staff_care_stats.monthlySubsidy");

    @Override
    public void write(CareStatistics.Figures figures, Locale locale, OutputStream out) throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = bold(workbook);

            Sheet stages = workbook.createSheet(
                    WorkbookUtil.createSafeSheetName(text(bundle, "staff_care_stats.sheetStages")));
            header(
                    stages,
                    bold,
                    bundle,
                    List.of("staff_care_stats.stage", "staff_care_stats.count", "staff_care_stats.averageDays"));
            int r = 1;
            for (CareStatistics.StageLine line : figures.stages()) {
                Row row = stages.createRow(r++);
                row.createCell(0)
                        .setCellValue(text(bundle, "Stage." + line.stage().name()));
                row.createCell(1).setCellValue(line.count());
                if (line.averageWorkingDays() != null) {
                    row.createCell(2).setCellValue(line.averageWorkingDays());
                }
            }
            Row total = stages.createRow(r++);
            label(total, 0, text(bundle, "staff_care_stats.total"), bold);
            total.createCell(1).setCellValue(figures.applications());
            r++;
            Row approved = stages.createRow(r++);
            label(approved, 0, text(bundle, "staff_care_stats.approved"), bold);
            approved.createCell(1).setCellValue(figures.approved());
            Row refused = stages.createRow(r);
            label(refused, 0, text(bundle, "staff_care_stats.refused"), bold);
            refused.createCell(1).setCellValue(figures.refused());
            widths(stages, 24, 12, 16);

            Sheet towns =
                    workbook.createSheet(WorkbookUtil.createSafeSheetName(text(bundle, "staff_care_stats.sheetTowns")));
            header(towns, bold, bundle, TOWN_COLUMNS);
            r = 1;
            for (CareStatistics.TownLine line : figures.towns()) {
                Row row = towns.createRow(r++);
                row.createCell(0).setCellValue(line.townName());
                row.createCell(1).setCellValue(line.applications());
                row.createCell(2).setCellValue(line.approved());
                row.createCell(3).setCellValue(line.refused());
                row.createCell(4).setCellValue(line.activePlans());
                row.createCell(5).setCellValue(line.monthlySubsidy().doubleValue());
            }
            total = towns.createRow(r);
            label(total, 0, text(bundle, "staff_care_stats.total"), bold);
            total.createCell(1).setCellValue(figures.applications());
            total.createCell(2).setCellValue(figures.approved());
            total.createCell(3).setCellValue(figures.refused());
            total.createCell(4).setCellValue(figures.activePlans());
            total.createCell(5).setCellValue(figures.monthlySubsidy().doubleValue());
            widths(towns, 18, 12, 12, 12, 12, 16);
            workbook.write(out);
        }
    }

    private static void header(Sheet sheet, CellStyle bold, ResourceBundle bundle, List<String> keys) {
        Row row = sheet.createRow(0);
        int c = 0;
        for (String key : keys) {
            label(row, c++, text(bundle, key), bold);
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
