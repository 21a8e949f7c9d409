package org.bianmin.rights.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianmin.rights.application.VersionStatistics;
import org.bianmin.rights.domain.FeedbackStatistics;
import org.bianmin.rights.domain.FeedbackTally;
import org.bianmin.rights.domain.FeedbackType;
import org.bianmin.rights.domain.ItemKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The statistics workbook")
class StatisticsExportTest {

    private final FeedbackStatistics figures = FeedbackStatistics.of(List.of(
            new FeedbackTally(1, "510904110", FeedbackType.AGREE, false, false, false, 4),
            new FeedbackTally(1, "510904110", FeedbackType.SUGGEST, false, true, true, 1),
            new FeedbackTally(2, null, FeedbackType.ASK, false, false, false, 1),
            new FeedbackTally(2, null, FeedbackType.OBJECT, true, false, false, 2)));

    private final VersionStatistics statistics = new VersionStatistics(
            7,
            2,
            "安居区农民参与乡村建设权责清单",
            figures.total(),
            List.of(
                    new VersionStatistics.ItemLine(1, "K1", ItemKind.RIGHT, "规划", "知情权", figures.item(1)),
                    new VersionStatistics.ItemLine(2, "K2", ItemKind.RESPONSIBILITY, "管护", "保洁", figures.item(2))),
            List.of(
                    new VersionStatistics.TownLine(null, null, figures.byTown().get("")),
                    new VersionStatistics.TownLine(
                            "510904110", "三家镇", figures.byTown().get("510904110"))));

    private Workbook written(Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatisticsExport().write(statistics, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void listsEveryItemWithItsFiguresAsNumbersAndATotal() throws Exception {
        try (Workbook workbook = written(Locale.SIMPLIFIED_CHINESE)) {
            Sheet items = workbook.getSheetAt(0);
            assertThat(items.getSheetName()).isEqualTo("按条目 v2");
            Row header = items.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("赞同");
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("答复率（%）");

            Row first = items.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("权利");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("知情权");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(4); // agree
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(1); // suggest
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(5); // total
            assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(100); // answered %
            assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(1); // adopted

            Row second = items.getRow(2);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("责任");
            assertThat(second.getCell(11).getNumericCellValue()).isZero();
            assertThat(second.getCell(13).getNumericCellValue()).isEqualTo(2); // hidden

            Row total = items.getRow(3);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(6);
        }
    }

    @Test
    void listsTownsWithTheUnknownTownNamedAsSuch() throws Exception {
        try (Workbook workbook = written(Locale.SIMPLIFIED_CHINESE)) {
            Sheet towns = workbook.getSheetAt(1);
            assertThat(towns.getRow(1).getCell(0).getStringCellValue()).startsWith("未知");
            assertThat(towns.getRow(2).getCell(0).getStringCellValue()).isEqualTo("三家镇");
            assertThat(towns.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(towns.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
        }
    }

    @Test
    void speaksTheReadersLanguage() throws Exception {
        try (Workbook workbook = written(Locale.ENGLISH)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("By item v2");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(4).getStringCellValue())
                    .isEqualTo("Agree");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Right");
        }
    }
}
