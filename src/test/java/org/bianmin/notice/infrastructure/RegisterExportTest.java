package org.bianmin.notice.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianmin.notice.application.DecisionView;
import org.bianmin.notice.application.RegisterPeriod;
import org.bianmin.notice.domain.Attendance;
import org.bianmin.notice.domain.DecisionCategory;
import org.bianmin.notice.domain.DecisionMatter;
import org.bianmin.notice.domain.DisclosurePeriod;
import org.bianmin.notice.domain.MeetingForm;
import org.bianmin.notice.domain.MotionSource;
import org.bianmin.notice.domain.Step;
import org.bianmin.notice.domain.VotingRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The register workbook")
class RegisterExportTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    private static DecisionView view() {
        DecisionMatter m = DecisionMatter.open(
                "510904110201",
                "村道硬化",
                new DecisionCategory("PUBLIC_WORKS_FUNDING", "公益事业筹资筹劳", "Public works", 6),
                MotionSource.PARTY_OR_VILLAGER_SUGGESTION,
                "说明",
                new BigDecimal("620000.00"),
                10);
        Attendance all = Attendance.of(9, 9, 9, 0, 0);
        m.recordMeeting(
                Step.PARTY_PROPOSAL,
                MeetingForm.MERGED_PROPOSAL_AND_DELIBERATION,
                D,
                all,
                "纪要",
                null,
                VotingRules.LAW,
                D,
                1);
        m.recordMeeting(
                Step.PARTY_MEMBERS_REVIEW,
                MeetingForm.PARTY_MEMBERS,
                D.plusDays(1),
                Attendance.of(30, 19, 19, 0, 0),
                null,
                null,
                VotingRules.LAW,
                D.plusDays(9),
                1);
        m.recordMeeting(
                Step.PARTY_MEMBERS_REVIEW,
                MeetingForm.PARTY_MEMBERS,
                D.plusDays(2),
                all,
                null,
                "镇干部 王磊",
                VotingRules.LAW,
                D.plusDays(9),
                1);
        m.recordMeeting(
                Step.VILLAGERS_RESOLUTION,
                MeetingForm.VILLAGERS_ASSEMBLY,
                D.plusDays(3),
                new Attendance(1000, 400, 390, 5, 5, 300, 210),
                null,
                null,
                VotingRules.LAW,
                D.plusDays(9),
                1);
        m.submitResolution(
                "决议", DisclosurePeriod.days(D.plusDays(4), 7), false, 90, LocalDateTime.of(2026, 3, 6, 9, 0), 1);
        return new DecisionView(m, "三门村", "三家镇", Set.of(), List.of(), null, List.of(), false, 7, VotingRules.LAW);
    }

    @Test
    void aRowPerMeetingAndAPerDisclosureWithNumbersAsNumbersAndDatesAsDates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterExport()
                .write(List.of(view()), new RegisterPeriod(D, D.plusDays(30)), Locale.SIMPLIFIED_CHINESE, out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet meetings = book.getSheetAt(0);
            assertThat(meetings.getSheetName()).startsWith("四议");
            assertThat(meetings.getRow(0).getCell(2).getStringCellValue()).isEqualTo("事项名称");
            assertThat(meetings.getLastRowNum()).isEqualTo(4);
            Row failed = meetings.getRow(2);
            assertThat(failed.getCell(2).getStringCellValue()).isEqualTo("村道硬化");
            assertThat(failed.getCell(5).getNumericCellValue()).isEqualTo(620000.0);
            assertThat(failed.getCell(7).getStringCellValue()).isEqualTo("党员大会审议");
            assertThat(failed.getCell(9).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(D.plusDays(1));
            assertThat(failed.getCell(11).getNumericCellValue()).isEqualTo(19.0);
            assertThat(failed.getCell(17).getStringCellValue()).isEqualTo("未达到法定人数");
            Row assembly = meetings.getRow(4);
            assertThat(assembly.getCell(12).getNumericCellValue()).isEqualTo(300.0);
            assertThat(assembly.getCell(13).getNumericCellValue()).isEqualTo(210.0);

            Sheet disclosures = book.getSheetAt(1);
            assertThat(disclosures.getLastRowNum()).isEqualTo(1);
            assertThat(disclosures.getRow(1).getCell(7).getStringCellValue()).isEqualTo("决议公开");
            assertThat(disclosures.getRow(1).getCell(8).getStringCellValue()).isEqualTo("已公开");
        }
    }
}
