package org.bianmin.eldercare.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Set;
import org.bianmin.matter.domain.Channel;
import org.bianmin.shared.domain.IdNumber;

/** Builders for the eldercare domain tests. */
final class CareTesting {

    static final String SANMEN = "510904110201";

    private CareTesting() {}

    static String withCheckDigit(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static ApplicationDetails details(String idBody, Set<LivingSituation> situations) {
        return new ApplicationDetails(
                "张三华",
                IdNumber.parse(withCheckDigit(idBody)),
                "13800001234",
                SANMEN,
                "三门村3组12号",
                situations,
                null,
                "张小明",
                "13900005678",
                "CHILD",
                "张小明",
                "CHILD",
                Set.of(1L, 2L));
    }

    static CareApplication application(boolean eligible, LocalDateTime now) {
        ApplicationDetails d = details("51090419401129021", Set.of(LivingSituation.LOW_INCOME));
        Eligibility e = eligible
                ? Eligibility.assess(
                        d.idNumber(),
                        d.situations(),
                        java.util.List.of(new EligibilityRule("AGE60", 60, Set.of(), Set.of())),
                        now.toLocalDate())
                : new Eligibility(86, Collections.emptyList());
        return CareApplication.file(
                "AJ-T-1", 1L, "510904110", d, e, "note", Channel.KIOSK, null, null, now, LocalDate.of(2026, 12, 1));
    }
}
