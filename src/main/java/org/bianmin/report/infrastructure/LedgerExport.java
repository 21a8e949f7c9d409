package org.bianmin.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bianmin.report.application.LedgerRow;
import org.bianmin.report.application.LedgerWriter;

/**
 * The ledger (台账) as an .xlsx workbook: one header row in the reader's language, then one row per matter, with real
 * dates so the office can sort and filter. Streams through POI's SXSSF, which keeps only a window of rows in memory and
 * the rest in a compressed temporary file, deleted when the workbook is written.
 */
@ApplicationScoped
public class LedgerExport implements LedgerWriter {

    static final String BUNDLE = "org.bianmin.i18n.messages";

    /** The columns, by the bundle key of their header, with a width in characters. */
    enum Column {
        TRACKING_NUMBER("dashboard.ledger.trackingNumber", 22),
        TYPE("dashboard.ledger.type", 16),
        SUBJECT("dashboard.ledger.subject", 40),
        VILLAGE_CODE("dashboard.ledger.villageCode", 15),
        OFFICE("dashboard.ledger.office", 26),
        STATUS("dashboard.ledger.status", 14),
        SUBMITTED("dashboard.ledger.submitted", 18),
        DUE_DATE("dashboard.ledger.dueDate", 12),
        RESOLVED("dashboard.ledger.resolved", 18),
        OVERDUE("dashboard.ledger.overdue", 8),
        RATING("dashboard.ledger.rating", 12),
        APPLICANT("dashboard.ledger.applicant", 12);

        final String headerKey;
        final int width;

        Column(String headerKey, int width) {
            this.headerKey = headerKey;
            this.width = width;
        }
    }

    /** Rows kept in memory while writing; the rest go to the temporary file. */
    private static final int WINDOW = 200;

    private final int maxRows;

    public LedgerExport() {
        this(MAX_ROWS);
    }

    LedgerExport(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    public int write(Iterable<LedgerRow> rows, Locale locale, OutputStream out) throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Sheet sheet =
                    workbook.createSheet(WorkbookUtil.createSafeSheetName(text(bundle, "dashboard.ledger.sheet")));
            header(workbook, sheet, bundle);
            CellStyle dateTime = dateStyle(workbook, "yyyy-mm-dd hh:mm");
            CellStyle date = dateStyle(workbook, "yyyy-mm-dd");
            int written = 0;
            for (LedgerRow row : rows) {
                if (written == maxRows) {
                    break;
                }
                written++;
                Row line = sheet.createRow(written);
                for (Column column : Column.values()) {
                    Object value = value(column, row, bundle, english);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = line.createCell(column.ordinal());
                    if (value instanceof LocalDateTime time) {
                        cell.setCellValue(time);
                        cell.setCellStyle(dateTime);
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return written;
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /**
     * What a column shows for a row: labels from the bundle, dates as dates (written as real date cells), and nothing
     * for what the row does not have yet. There is no column for an ID number or a phone, and the name is masked.
     */
    static Object value(Column column, LedgerRow row, ResourceBundle bundle, boolean english) {
        return switch (column) {
            case TRACKING_NUMBER -> row.trackingNumber();
            case TYPE -> row.type() == null
                    ? null
                    : text(bundle, "MatterType." + row.type().name());
            case SUBJECT -> row.subject();
            case VILLAGE_CODE -> row.villageCode();
            case OFFICE -> english
                            && row.officeNameEn() != null
                            && !row.officeNameEn().isBlank()
                    ? row.officeNameEn()
                    : row.officeName();
            case STATUS -> row.status() == null
                    ? null
                    : text(bundle, "MatterStatus." + row.status().name());
            case SUBMITTED -> row.submittedAt();
            case DUE_DATE -> row.dueDate();
            case RESOLVED -> row.resolvedAt();
            case OVERDUE -> text(bundle, row.overdue() ? "dashboard.ledger.yes" : "dashboard.ledger.no");
            case RATING -> row.rating() == null
                    ? null
                    : text(bundle, "RatingLevel." + row.rating().name());
            case APPLICANT -> row.applicant();
        };
    }

    private static void header(SXSSFWorkbook workbook, Sheet sheet, ResourceBundle bundle) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row header = sheet.createRow(0);
        for (Column column : Column.values()) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(text(bundle, column.headerKey));
            cell.setCellStyle(style);
            sheet.setColumnWidth(column.ordinal(), column.width * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static CellStyle dateStyle(SXSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
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
