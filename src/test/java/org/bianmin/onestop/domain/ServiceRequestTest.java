package org.bianmin.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("帮办代办: the helper's steps come in order, after the office's")
class ServiceRequestTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 2, 9, 0);

    private static ServiceRequest byHelper() {
        return ServiceRequest.byHelper(
                1L,
                "HOUSE-SAFETY",
                List.of(),
                7L,
                "helper1",
                new ServiceRequest.Consent("张秀英", ConsentMethod.SIGNED_FORM),
                T0);
    }

    @Test
    void consentIsRecordedWithWhoHowAndWhen() {
        ServiceRequest request = byHelper();
        assertThat(request.getConsentBy()).isEqualTo("张秀英");
        assertThat(request.getConsentMethod()).isEqualTo(ConsentMethod.SIGNED_FORM);
        assertThat(request.getConsentAt()).isEqualTo(T0);
        assertThat(request.steps(null, null)).containsOnlyKeys(HelperStep.ENTRUSTED);
    }

    @Test
    void consentNeedsAPersonAndAMethod() {
        assertThatThrownBy(() -> new ServiceRequest.Consent(" ", ConsentMethod.PHONE))
                .hasMessage("onestop.error.consentBy");
        assertThatThrownBy(() -> new ServiceRequest.Consent("张秀英", null)).hasMessage("onestop.error.consentMethod");
    }

    @Test
    void nothingIsDeliveredBeforeTheOfficeHasFinished() {
        ServiceRequest request = byHelper();
        assertThat(request.nextHelperStep(false)).isNull();
        assertThatThrownBy(() -> request.deliver(false, null, T0)).hasMessage("onestop.error.deliverBeforeResult");
        assertThat(request.getDeliveredAt()).isNull();
    }

    @Test
    void theSevenStepsInOrder() {
        ServiceRequest request = byHelper();
        assertThat(request.nextHelperStep(true)).isEqualTo(HelperStep.DELIVERED);
        request.deliver(true, "结果已交给本人", T0.plusDays(5));
        assertThat(request.nextHelperStep(true)).isEqualTo(HelperStep.ARCHIVED);
        request.archive(T0.plusDays(5));
        assertThat(request.nextHelperStep(true)).isEqualTo(HelperStep.REPORTED);
        request.report(T0.plusDays(6));
        assertThat(request.nextHelperStep(true)).isEqualTo(HelperStep.FOLLOWED_UP);
        request.followUp(FollowUpOutcome.SATISFIED, "老人很满意", T0.plusDays(8));
        assertThat(request.nextHelperStep(true)).isNull();
        assertThat(request.steps(T0.plusHours(2), T0.plusDays(4)))
                .containsOnlyKeys(HelperStep.values())
                .containsEntry(HelperStep.FOLLOWED_UP, T0.plusDays(8));
        assertThat(request.getFollowUpOutcome()).isEqualTo(FollowUpOutcome.SATISFIED);
    }

    @Test
    void noStepIsSkippedOrRecordedTwice() {
        ServiceRequest request = byHelper();
        assertThatThrownBy(() -> request.archive(T0)).hasMessage("onestop.error.archiveBeforeDelivery");
        request.deliver(true, null, T0);
        assertThatThrownBy(() -> request.deliver(true, null, T0)).hasMessage("onestop.error.stepDone");
        assertThatThrownBy(() -> request.report(T0)).hasMessage("onestop.error.reportBeforeArchive");
        request.archive(T0);
        assertThatThrownBy(() -> request.followUp(FollowUpOutcome.SATISFIED, null, T0))
                .hasMessage("onestop.error.followUpBeforeReport");
        request.report(T0);
        assertThatThrownBy(() -> request.followUp(null, null, T0)).hasMessage("onestop.error.followUpOutcome");
        assertThatThrownBy(() -> request.followUp(FollowUpOutcome.NOT_REACHED, "字".repeat(501), T0))
                .hasMessage("onestop.error.noteTooLong");
        assertThat(request.getFollowedUpAt()).isNull();
    }

    @Test
    void aVillagersOwnRequestHasNoHelperSteps() {
        ServiceRequest own = ServiceRequest.byVillager(2L, "RUBBISH", List.of());
        assertThat(own.nextHelperStep(true)).isNull();
        assertThatThrownBy(() -> own.deliver(true, null, T0)).hasMessage("onestop.error.notHelperFiled");
        assertThat(own.steps(T0, T0)).doesNotContainKeys(HelperStep.ENTRUSTED, HelperStep.DELIVERED);
    }
}
