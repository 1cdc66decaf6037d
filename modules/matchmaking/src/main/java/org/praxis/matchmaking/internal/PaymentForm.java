package org.praxis.matchmaking.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A payment of a seed fund award as the programme team records it. */
public class PaymentForm {

    public static final int PAYEE_MAX = 200;
    public static final int REFERENCE_MAX = 200;

    @NotBlank(message = "{matchmaking.validation.payee-required}")
    @Size(max = PAYEE_MAX, message = "{matchmaking.validation.payee-too-long}")
    private String payeeName = "";

    @NotNull(message = "{matchmaking.validation.payee-kind-required}")
    private @Nullable PayeeKind payeeKind;

    @Size(max = REFERENCE_MAX, message = "{matchmaking.validation.reference-too-long}")
    private String reference = "";

    @NotNull(message = "{matchmaking.validation.paid-on-required}")
    private @Nullable LocalDate paidOn;

    public String getPayeeName() { return payeeName; }
    public void setPayeeName(String payeeName) { this.payeeName = payeeName; }
    public @Nullable PayeeKind getPayeeKind() { return payeeKind; }
    public void setPayeeKind(@Nullable PayeeKind payeeKind) { this.payeeKind = payeeKind; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public @Nullable LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(@Nullable LocalDate paidOn) { this.paidOn = paidOn; }
}
