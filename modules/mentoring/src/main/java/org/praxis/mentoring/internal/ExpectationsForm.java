package org.praxis.mentoring.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a pair agree at the start: how long, how often, what stays between them, and how they will close. */
public class ExpectationsForm {

    public static final int TEXT_MAX = 2000;

    @Min(value = 1, message = "{mentoring.validation.length-out-of-range}")
    @Max(value = ProgrammeForm.LENGTH_MAX_MONTHS, message = "{mentoring.validation.length-out-of-range}")
    private int lengthMonths = ProgrammeForm.DEFAULT_LENGTH_MONTHS;

    @NotNull(message = "{mentoring.validation.cadence-required}")
    private @Nullable Cadence frequency = Cadence.MONTHLY;

    @NotBlank(message = "{mentoring.validation.confidentiality-required}")
    @Size(max = TEXT_MAX, message = "{mentoring.validation.expectation-too-long}")
    private String confidentiality = "";

    @NotBlank(message = "{mentoring.validation.how-to-close-required}")
    @Size(max = TEXT_MAX, message = "{mentoring.validation.expectation-too-long}")
    private String howToClose = "";

    public int getLengthMonths() { return lengthMonths; }
    public void setLengthMonths(int lengthMonths) { this.lengthMonths = lengthMonths; }
    public @Nullable Cadence getFrequency() { return frequency; }
    public void setFrequency(@Nullable Cadence frequency) { this.frequency = frequency; }
    public String getConfidentiality() { return confidentiality; }
    public void setConfidentiality(String confidentiality) { this.confidentiality = confidentiality; }
    public String getHowToClose() { return howToClose; }
    public void setHowToClose(String howToClose) { this.howToClose = howToClose; }
}
