package org.bianmin.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An application's stages come in order; it may be sent back; only the district refuses")
class StageTrailTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 2, 9, 0);
    private final StageTrail trail = new StageTrail();

    @Test
    void theStagesInOrderEndInService() {
        trail.complete(Stage.VILLAGE_CHECK, "sanmen.clerk", T);
        trail.complete(Stage.TOWN_VERIFICATION, "sanjia.staff", T.plusDays(10));
        trail.complete(Stage.ABILITY_ASSESSMENT, "assessor", T.plusDays(15));
        trail.complete(Stage.DISTRICT_APPROVAL, "mz.staff", T.plusDays(25));
        trail.complete(Stage.SERVICE_PLAN, "sanjia.staff", T.plusDays(27));
        assertThat(trail.stage()).isEqualTo(Stage.IN_SERVICE);
        assertThat(trail.moves()).hasSize(5);
        assertThatThrownBy(() -> trail.complete(Stage.IN_SERVICE, "x", T)).hasMessage("eldercare.error.finished");
    }

    @Test
    void aStageCannotBeSkipped() {
        assertThatThrownBy(() -> trail.complete(Stage.TOWN_VERIFICATION, "sanjia.staff", T))
                .hasMessage("eldercare.error.wrongStage");
        assertThat(trail.stage()).isEqualTo(Stage.VILLAGE_CHECK);
    }

    @Test
    void sentBackToAnEarlierStageWithAReasonTheLaterOnesAreDoneAgain() {
        trail.complete(Stage.VILLAGE_CHECK, "sanmen.clerk", T);
        trail.complete(Stage.TOWN_VERIFICATION, "sanjia.staff", T);
        assertThatThrownBy(() -> trail.sendBack(Stage.VILLAGE_CHECK, " ", "assessor", T))
                .hasMessage("eldercare.error.reasonRequired");
        assertThatThrownBy(() -> trail.sendBack(Stage.DISTRICT_APPROVAL, "?", "assessor", T))
                .hasMessage("eldercare.error.sendBackForward");
        trail.sendBack(Stage.VILLAGE_CHECK, "入户核查记录缺少核查人签字", "assessor", T);
        assertThat(trail.stage()).isEqualTo(Stage.VILLAGE_CHECK);
        assertThat(trail.moves().get(2).reason()).isEqualTo("入户核查记录缺少核查人签字");
        trail.complete(Stage.VILLAGE_CHECK, "sanmen.clerk", T.plusDays(1));
        assertThat(trail.stage()).isEqualTo(Stage.TOWN_VERIFICATION);
    }

    @Test
    void onlyTheDistrictRefusesAndOnlyWithAReason() {
        assertThatThrownBy(() -> trail.refuse("不符合条件", "sanjia.staff", T)).hasMessage("eldercare.error.wrongStage");
        trail.complete(Stage.VILLAGE_CHECK, "c", T);
        trail.complete(Stage.TOWN_VERIFICATION, "t", T);
        trail.complete(Stage.ABILITY_ASSESSMENT, "a", T);
        assertThatThrownBy(() -> trail.refuse("", "mz.staff", T)).hasMessage("eldercare.error.reasonRequired");
        trail.refuse("家庭人均收入高于低收入标准", "mz.staff", T);
        assertThat(trail.stage()).isEqualTo(Stage.REFUSED);
        assertThatThrownBy(() -> trail.sendBack(Stage.VILLAGE_CHECK, "再议", "mz.staff", T))
                .hasMessage("eldercare.error.finished");
    }
}
