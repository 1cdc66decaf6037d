package org.crp.learning.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.crp.learning.events.ParticipantKind;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * What an applicant tells the programme team. A draft may be incomplete; {@link ReadyToSubmit} adds what
 * a submission needs. Limits are the database's (V1__learning_programme.sql).
 */
public class ApplicationForm {

    public static final int PARTNERSHIP_MAX = 1000;
    public static final int HOPES_MAX = 4000;
    public static final int ACCESS_NEEDS_MAX = 2000;
    public static final int REASON_MAX = 2000;
    /** The largest bursary one person can ask for, in pounds. */
    public static final String BURSARY_MAX = "500";

    private @Nullable ParticipantKind kind;

    @Size(max = PARTNERSHIP_MAX, message = "{learning.validation.partnership-too-long}")
    private String partnership = "";

    @Size(max = HOPES_MAX, message = "{learning.validation.hopes-too-long}")
    private String hopes = "";

    @Size(max = ACCESS_NEEDS_MAX, message = "{learning.validation.access-needs-too-long}")
    private String accessNeeds = "";

    private boolean bursaryRequested;

    @DecimalMin(value = "1", message = "{learning.validation.bursary-amount-too-small}")
    @DecimalMax(value = BURSARY_MAX, message = "{learning.validation.bursary-amount-too-large}")
    @Digits(integer = 6, fraction = 2, message = "{learning.validation.amount-pence}")
    private @Nullable BigDecimal bursaryAmount;

    @Size(max = REASON_MAX, message = "{learning.validation.bursary-reason-too-long}")
    private String bursaryReason = "";

    /** A bursary request says how much. */
    @AssertTrue(message = "{learning.validation.bursary-amount-required}")
    public boolean isBursaryAmountGiven() {
        return !bursaryRequested || bursaryAmount != null;
    }

    /** A bursary request says why fees or expenses stand in the way. */
    @AssertTrue(message = "{learning.validation.bursary-reason-required}")
    public boolean isBursaryReasonGiven() {
        return !bursaryRequested || !bursaryReason.isBlank();
    }

    /** The bursary asked for, or null when the applicant asks for none. */
    public @Nullable BigDecimal requestedBursary() {
        return bursaryRequested ? bursaryAmount : null;
    }

    /** What a submission needs on top of a draft's limits: checked with the platform's InputValidator. */
    public record ReadyToSubmit(
            @NotNull(message = "{learning.validation.kind-required}") @Nullable ParticipantKind kind,
            @NotBlank(message = "{learning.validation.partnership-required}") String partnership,
            @NotBlank(message = "{learning.validation.hopes-required}") String hopes,
            @Valid ApplicationForm form) {

        public static ReadyToSubmit of(ApplicationForm form) {
            return new ReadyToSubmit(form.getKind(), form.getPartnership(), form.getHopes(), form);
        }
    }

    public @Nullable ParticipantKind getKind() {
        return kind;
    }

    public void setKind(@Nullable ParticipantKind kind) {
        this.kind = kind;
    }

    public String getPartnership() {
        return partnership;
    }

    public void setPartnership(String partnership) {
        this.partnership = partnership;
    }

    public String getHopes() {
        return hopes;
    }

    public void setHopes(String hopes) {
        this.hopes = hopes;
    }

    public String getAccessNeeds() {
        return accessNeeds;
    }

    public void setAccessNeeds(String accessNeeds) {
        this.accessNeeds = accessNeeds;
    }

    public boolean isBursaryRequested() {
        return bursaryRequested;
    }

    public void setBursaryRequested(boolean bursaryRequested) {
        this.bursaryRequested = bursaryRequested;
    }

    public @Nullable BigDecimal getBursaryAmount() {
        return bursaryAmount;
    }

    public void setBursaryAmount(@Nullable BigDecimal bursaryAmount) {
        this.bursaryAmount = bursaryAmount;
    }

    public String getBursaryReason() {
        return bursaryReason;
    }

    public void setBursaryReason(String bursaryReason) {
        this.bursaryReason = bursaryReason;
    }
}
