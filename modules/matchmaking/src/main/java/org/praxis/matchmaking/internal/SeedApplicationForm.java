package org.praxis.matchmaking.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.AttendeeSide;

import java.math.BigDecimal;

/** An application to the seed fund: how much, for what (partnership development, not delivery), held by whom. */
public class SeedApplicationForm {

    /** The most a partnership can ask for. */
    public static final String MAX_AMOUNT = "1000.00";
    public static final int PURPOSE_MAX = 2000;

    @NotNull(message = "{matchmaking.validation.amount-required}")
    @DecimalMin(value = "0.01", message = "{matchmaking.validation.amount-positive}")
    @DecimalMax(value = MAX_AMOUNT, message = "{matchmaking.validation.amount-over-limit}")
    @Digits(integer = 4, fraction = 2, message = "{matchmaking.validation.amount-pence}")
    private @Nullable BigDecimal amount;

    @NotBlank(message = "{matchmaking.validation.purpose-required}")
    @Size(max = PURPOSE_MAX, message = "{matchmaking.validation.purpose-too-long}")
    private String purpose = "";

    /** Which partner holds the money: the community organisation or the researcher. */
    @NotNull(message = "{matchmaking.validation.held-by-required}")
    private @Nullable AttendeeSide heldBy;

    public @Nullable BigDecimal getAmount() { return amount; }
    public void setAmount(@Nullable BigDecimal amount) { this.amount = amount; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public @Nullable AttendeeSide getHeldBy() { return heldBy; }
    public void setHeldBy(@Nullable AttendeeSide heldBy) { this.heldBy = heldBy; }
}
