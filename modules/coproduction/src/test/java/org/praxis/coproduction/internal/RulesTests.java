package org.praxis.coproduction.internal;

import org.junit.jupiter.api.Test;
import org.praxis.coproduction.internal.CoproductionViews.RatesPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The module's pure rules: moderation, readiness to send, and amounts from the policy to the penny. */
class RulesTests {

    @Test
    void scoresFurtherApartThanTheSpreadNeedModeration() {
        assertThat(ApplicationRules.needsModeration(List.of(8, 6), 10, 0.25)).isFalse();
        assertThat(ApplicationRules.needsModeration(List.of(8, 5), 10, 0.25)).isTrue();
        assertThat(ApplicationRules.needsModeration(List.of(8), 10, 0.25)).isFalse();
    }

    @Test
    void aRequestForAnotherFormatIsAnAnswer() {
        var other = new ApplicationForm("me@example.org", "", AnswerFormat.OTHER, "", "", Set.of(), "");
        assertThat(ApplicationRules.readyToSubmit(other, null))
                .containsExactly("coproduction.validation.other-format-required");
        var video = new ApplicationForm("me@example.org", "", AnswerFormat.VIDEO, "", "", Set.of(), "");
        assertThat(ApplicationRules.readyToSubmit(video, "video/mp4")).isEmpty();
    }

    @Test
    void amountsAreExactToThePenny() {
        RatesPolicy policy = new RatesPolicy(UUID.randomUUID(), 1, LocalDate.of(2027, 1, 1), new BigDecimal("23.33"),
                new BigDecimal("75.00"), new BigDecimal("0.75"), new BigDecimal("40"), "");
        // 1.25 h × 23.33 = 29.1625; a session 75 + 0.75 × 23.33 = 92.4975; + 3.10 = 124.76
        assertThat(PayRules.amount(policy, new BigDecimal("1.25"), 1, new BigDecimal("3.10")))
                .isEqualTo(new BigDecimal("124.76"));
    }
}
