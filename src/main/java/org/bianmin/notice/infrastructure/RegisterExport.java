package org.bianmin.notice.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianmin.notice.application.DecisionView;
import org.bianmin.notice.application.RegisterPeriod;
import org.bianmin.notice.application.RegisterWriter;
import org.bianmin.notice.domain.DecisionDisclosure;
import org.bianmin.notice.domain.DecisionMatter;
import org.bianmin.notice.domain.DecisionMeeting;

/**
 * The register as an .xlsx workbook: one sheet with a row per meeting (the matter's columns first, repeated, so the
 * sheet can be filtered and sorted), one with a row per disclosure. Dates are date cells and counts number cells.
 */
@ApplicationScoped
public class RegisterExport implements RegisterWriter {

    static final String BUNDLE = "org.bianmin.i18n.messages";

    private static final List<String> MATTER_COLUMNS = List.of(
            "decision_register.number",
            "decision_register.village",
            "clerk_decision.title",
            "clerk_decision.category",
            "clerk_decision.source",
            "clerk_decision.estimatedFunds",
            "clerk_decision.status");

    private static final List<String> MEETING_COLUMNS = List.of(
            "clerk_decision.step",
            "clerk_decision.form",
            "clerk_decision.heldOn",
            "clerk_decision.expected",
            "clerk_decision.present",
            "clerk_decision.householdsExpected",
            "clerk_decision.householdsPresent",
            "clerk_decision.votesFor",
            "clerk_decision.votesAgainst",
            "clerk_decision.abstaining",
            "clerk_decision.outcome",
            "clerk_decision.minutes",
            "clerk_decision.townOfficials");

    private static final List<String> DISCLOSURE_COLUMNS = List.of(
            "decision_register.kind",
            "decision_register.state",
            "clerk_decision.startsOn",
            "clerk_decision.endsOn",
            "decision_register.publishedAt",
            "clerk_decision.body",
            "clerk_decision.fundsUsed",
            "clerk_decision.progress",
            "clerk_decision.completedOn",
            "decision_register.remarks");

    @Override
    public void write(List<DecisionView> matters, RegisterPeriod period, Locale locale, OutputStream out)
            throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));

            Sheet meetings = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    text(bundle, "decision_register.sheetMeetings") + " " + period.from() + "~" + period.to()));
            header(meetings, bold, bundle, MATTER_COLUMNS, MEETING_COLUMNS);
            int r = 1;
            for (DecisionView view : matters) {
                DecisionMatter m = view.matter();
                List<DecisionMeeting> held = m.getMeetings();
                if (held.isEmpty()) {
                    matterCells(meetings.createRow(r++), view, bundle);
                }
                for (DecisionMeeting g : held) {
                    Row row = meetings.createRow(r++);
                    int c = matterCells(row, view, bundle);
                    row.createCell(c++).setCellValue(text(bundle, "Step." + g.getStep()));
                    row.createCell(c++).setCellValue(text(bundle, "MeetingForm." + g.getForm()));
                    date(row, c++, g.getHeldOn(), date);
                    number(row, c++, g.getExpected());
                    number(row, c++, g.getPresent());
                    number(row, c++, g.getHouseholdsExpected());
                    number(row, c++, g.getHouseholdsPresent());
                    number(row, c++, g.getVotesFor());
                    number(row, c++, g.getVotesAgainst());
                    number(row, c++, g.getVotesAbstaining());
                    row.createCell(c++).setCellValue(text(bundle, "Outcome." + g.getOutcome()));
                    string(row, c++, g.getMinutes());
                    string(row, c, g.getTownOfficials());
                }
            }
            Sheet disclosures = workbook.createSheet(
                    WorkbookUtil.createSafeSheetName(text(bundle, "decision_register.sheetDisclosures")));
            header(disclosures, bold, bundle, MATTER_COLUMNS, DISCLOSURE_COLUMNS);
            r = 1;
            for (DecisionView view : matters) {
                DecisionMatter m = view.matter();
                for (DecisionDisclosure d : m.getDisclosures()) {
                    Row row = disclosures.createRow(r++);
                    int c = matterCells(row, view, bundle);
                    row.createCell(c++).setCellValue(text(bundle, "DisclosureKind." + d.getKind()));
                    row.createCell(c++).setCellValue(text(bundle, "DisclosureState." + d.getState()));
                    date(row, c++, d.getStartsOn(), date);
                    date(row, c++, d.getEndsOn(), date);
                    string(
                            row,
                            c++,
                            d.getPublishedAt() == null
                                    ? null
                                    : d.getPublishedAt().toLocalDate().toString());
                    string(row, c++, d.getBody());
                    money(row, c++, d.getFundsUsed());
                    string(row, c++, d.getProgress());
                    date(row, c++, d.getCompletedOn(), date);
                    string(row, c, d.getReviewNote());
                }
                if (m.getDroppedReason() != null) {
                    Row row = disclosures.createRow(r++);
                    int c = matterCells(row, view, bundle);
                    string(row, c + DISCLOSURE_COLUMNS.size() - 1, m.getDroppedReason());
                }
            }
            for (Sheet sheet : List.of(meetings, disclosures)) {
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
        }
    }

    private static int matterCells(Row row, DecisionView view, ResourceBundle bundle) {
        DecisionMatter m = view.matter();
        int c = 0;
        if (m.getId() != null) {
            row.createCell(c).setCellValue(m.getId());
        }
        c++;
        row.createCell(c++).setCellValue(view.villageName());
        row.createCell(c++).setCellValue(m.getTitle());
        row.createCell(c++).setCellValue(m.getCategory().name(bundle.getLocale()));
        row.createCell(c++).setCellValue(text(bundle, "MotionSource." + m.getMotionSource()));
        money(row, c++, m.getEstimatedFunds());
        row.createCell(c++).setCellValue(text(bundle, "DecisionStatus." + m.getStatus()));
        return c;
    }

    private static void header(Sheet sheet, CellStyle bold, ResourceBundle bundle, List<String> a, List<String> b) {
        Row row = sheet.createRow(0);
        int c = 0;
        for (List<String> keys : List.of(a, b)) {
            for (String key : keys) {
                Cell cell = row.createCell(c++);
                cell.setCellValue(text(bundle, key));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c - 1, 14 * 256);
            }
        }
    }

    private static void number(Row row, int c, Integer value) {
        if (value != null) {
            row.createCell(c).setCellValue(value);
        }
    }

    private static void money(Row row, int c, BigDecimal value) {
        if (value != null) {
            row.createCell(c).setCellValue(value.doubleValue());
        }
    }

    private static void date(Row row, int c, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(c);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static void string(Row row, int c, String value) {
        if (value != null) {
            row.createCell(c).setCellValue(value);
        }
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
