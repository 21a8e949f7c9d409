package org.bianmin.report.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.matter.domain.RatingLevel;
import org.bianmin.report.application.LedgerRow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Writes ledgers in memory and reads them back with POI, as Excel would. */
@DisplayName("The ledger workbook")
class LedgerExportTest {

    private static final String ID_NUMBER = "510904194803120210";
    private static final String PHONE = "13881905678";

    /** 张秀英's resolved, rated and late matter, handled by the 三家镇 centre. */
    private static final LedgerRow RESOLVED = new LedgerRow(
            "AJ20261102-1001-01",
            MatterType.SERVICE_REQUEST,
            "农村危房安全鉴定申请",
            "510904110201",
            "三家镇便民服务中心",
            "Sanjia Town Service Centre",
            MatterStatus.CLOSED,
            LocalDateTime.parse("2026-11-02T09:30"),
            LocalDate.parse("2026-11-09"),
            LocalDateTime.parse("2026-11-10T16:45"),
            true,
            RatingLevel.BASICALLY_SATISFIED,
            "张秀英");

    /** A matter just in, with no due date, resolution or rating yet, from an office with no English name. */
    private static final LedgerRow JUST_IN = new LedgerRow(
            "AJ20261103-1002-02",
            MatterType.RIGHTS_FEEDBACK,
            "自来水入户接通",
            "510904110202",
            "区乡村振兴局",
            null,
            MatterStatus.SUBMITTED,
            LocalDateTime.parse("2026-11-03T08:00"),
            null,
            null,
            false,
            null,
            "李建华");

    private static Sheet written(List<LedgerRow> rows, Locale locale, LedgerExport export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = export.write(rows, locale, out);
        assertThat(count).isEqualTo(Math.min(rows.size(), 3));
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        return workbook.getSheetAt(0);
    }

    private static Sheet written(List<LedgerRow> rows, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LedgerExport().write(rows, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(formatter.formatCellValue(row.getCell(i)));
        }
        return texts;
    }

    private static List<String> everyText(Sheet sheet) {
        List<String> all = new ArrayList<>();
        sheet.forEach(row -> all.addAll(texts(row)));
        return all;
    }

    @Test
    void hasTheHeadersInChinese() throws IOException {
        Sheet sheet = written(List.of(RESOLVED), Locale.SIMPLIFIED_CHINESE);

        assertThat(sheet.getSheetName()).isEqualTo("事项台账");
        assertThat(texts(sheet.getRow(0)))
                .containsExactly(
                        "受理编号", "事项类型", "事由", "村（社区）代码", "办理机构", "状态", "提交时间", "承诺办结日期", "办结时间", "是否超期", "评价",
                        "申请人（脱敏）");
    }

    @Test
    void hasTheHeadersInEnglishForAnEnglishReader() throws IOException {
        Sheet sheet = written(List.of(RESOLVED), Locale.ENGLISH);

        assertThat(sheet.getSheetName()).isEqualTo("Matter ledger");
        assertThat(texts(sheet.getRow(0)))
                .containsExactly(
                        "Tracking number",
                        "Type",
                        "Subject",
                        "Village code",
                        "Office",
                        "Status",
                        "Submitted",
                        "Promised date",
                        "Resolved",
                        "Overdue",
                        "Rating",
                        "Applicant (masked)");
    }

    @Test
    void everyHeaderExistsInBothLanguages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(LedgerExport.BUNDLE, locale);
            for (LedgerExport.Column column : LedgerExport.Column.values()) {
                assertThat(bundle.containsKey(column.headerKey))
                        .as("%s in %s", column.headerKey, locale)
                        .isTrue();
            }
        }
    }

    @Test
    void writesLabelsNotCodesAndTheNameMasked() throws IOException {
        Sheet sheet = written(List.of(RESOLVED, JUST_IN), Locale.SIMPLIFIED_CHINESE);

        List<String> resolved = texts(sheet.getRow(1));
        assertThat(resolved.get(0)).isEqualTo("AJ20261102-1001-01");
        assertThat(resolved.get(1)).isEqualTo("便民服务");
        assertThat(resolved.get(2)).isEqualTo("农村危房安全鉴定申请");
        assertThat(resolved.get(3)).isEqualTo("510904110201");
        assertThat(resolved.get(4)).isEqualTo("三家镇便民服务中心");
        assertThat(resolved.get(5)).isEqualTo("已归档");
        assertThat(resolved.get(9)).isEqualTo("是");
        assertThat(resolved.get(10)).isEqualTo("基本满意");
        assertThat(resolved.get(11)).isEqualTo("张*英");

        List<String> justIn = texts(sheet.getRow(2));
        assertThat(justIn.get(5)).isEqualTo("待受理");
        assertThat(justIn.get(9)).isEqualTo("否");
        assertThat(justIn.get(11)).isEqualTo("李*华");
    }

    @Test
    void labelsFollowTheReadersLanguage() throws IOException {
        Sheet sheet = written(List.of(RESOLVED, JUST_IN), Locale.ENGLISH);

        List<String> resolved = texts(sheet.getRow(1));
        assertThat(resolved.get(1)).isEqualTo("Service request");
        assertThat(resolved.get(4)).isEqualTo("Sanjia Town Service Centre");
        assertThat(resolved.get(5)).isEqualTo("Closed");
        assertThat(resolved.get(9)).isEqualTo("Yes");
        assertThat(resolved.get(10)).isEqualTo("Mostly satisfied");

        List<String> justIn = texts(sheet.getRow(2));
        assertThat(justIn.get(1)).isEqualTo("Rights-list feedback");
        assertThat(justIn.get(4)).as("no English name: the Chinese one").isEqualTo("区乡村振兴局");
        assertThat(justIn.get(5)).isEqualTo("Submitted");
        assertThat(justIn.get(9)).isEqualTo("No");
    }

    @Test
    void writesDatesAsDatesAndLeavesWhatIsNotThereYetEmpty() throws IOException {
        Sheet sheet = written(List.of(RESOLVED, JUST_IN), Locale.SIMPLIFIED_CHINESE);

        Cell submitted = sheet.getRow(1).getCell(6);
        assertThat(submitted.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(submitted)).isTrue();
        assertThat(submitted.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2026-11-02T09:30"));
        assertThat(sheet.getRow(1).getCell(7).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.parse("2026-11-09"));
        assertThat(texts(sheet.getRow(1)).get(7)).isEqualTo("2026-11-09");
        assertThat(texts(sheet.getRow(1)).get(8)).isEqualTo("2026-11-10 16:45");

        List<String> justIn = texts(sheet.getRow(2));
        assertThat(justIn.get(7)).isEmpty();
        assertThat(justIn.get(8)).isEmpty();
        assertThat(justIn.get(10)).isEmpty();
    }

    @Test
    void neverCarriesTheWholeNameIdNumberOrPhone() throws IOException {
        Sheet sheet = written(List.of(RESOLVED, JUST_IN), Locale.SIMPLIFIED_CHINESE);

        assertThat(everyText(sheet))
                .noneMatch(text -> text.contains("张秀英") || text.contains("李建华"))
                .noneMatch(text -> text.contains(ID_NUMBER) || text.contains(PHONE))
                .noneMatch(text -> text.matches(".*\\d{17}[\\dX].*"));
        assertThat(texts(sheet.getRow(0)))
                .hasSize(12)
                .noneMatch(header -> header.contains("身份证") || header.contains("电话"));
    }

    @Test
    void anEmptyLedgerStillHasItsHeaders() throws IOException {
        Sheet sheet = written(List.of(), Locale.SIMPLIFIED_CHINESE);

        assertThat(sheet.getLastRowNum()).isZero();
        assertThat(texts(sheet.getRow(0))).hasSize(12);
    }

    @Test
    void stopsAtItsLimit() throws IOException {
        List<LedgerRow> five = IntStream.range(0, 5).mapToObj(i -> JUST_IN).toList();

        Sheet sheet = written(five, Locale.SIMPLIFIED_CHINESE, new LedgerExport(3));

        assertThat(sheet.getLastRowNum()).isEqualTo(3);
    }

    @Test
    void theLimitIsAHundredThousandRows() {
        assertThat(LedgerExport.MAX_ROWS).isEqualTo(100_000);
    }
}
