package org.praxis.mentoring.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A mentoring programme as the programme team writes it. */
public class ProgrammeForm {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int DEFAULT_LENGTH_MONTHS = 12;
    public static final int LENGTH_MAX_MONTHS = 60;
    /** Who may join: people with at least this many years of community research partnership experience. */
    public static final int DEFAULT_MIN_EXPERIENCE_YEARS = 2;

    @NotBlank(message = "{mentoring.validation.programme-name-required}")
    @Size(max = NAME_MAX, message = "{mentoring.validation.programme-name-too-long}")
    private String name = "";

    @Size(max = DESCRIPTION_MAX, message = "{mentoring.validation.description-too-long}")
    private String description = "";

    @NotNull(message = "{mentoring.validation.kind-required}")
    private @Nullable ProgrammeKind kind = ProgrammeKind.COHORT;

    @NotNull(message = "{mentoring.validation.format-required}")
    private @Nullable MentoringFormat format = MentoringFormat.ONE_TO_ONE;

    @NotNull(message = "{mentoring.validation.cadence-required}")
    private @Nullable Cadence cadence = Cadence.MONTHLY;

    @Min(value = 1, message = "{mentoring.validation.length-out-of-range}")
    @Max(value = LENGTH_MAX_MONTHS, message = "{mentoring.validation.length-out-of-range}")
    private int lengthMonths = DEFAULT_LENGTH_MONTHS;

    @NotNull(message = "{mentoring.validation.start-required}")
    private @Nullable LocalDate startsOn;

    @Min(value = 0, message = "{mentoring.validation.min-experience-out-of-range}")
    @Max(value = 50, message = "{mentoring.validation.min-experience-out-of-range}")
    private int minExperienceYears = DEFAULT_MIN_EXPERIENCE_YEARS;

    private boolean crossContextRequired = true;

    private boolean intakeOpen = true;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public @Nullable ProgrammeKind getKind() { return kind; }
    public void setKind(@Nullable ProgrammeKind kind) { this.kind = kind; }
    public @Nullable MentoringFormat getFormat() { return format; }
    public void setFormat(@Nullable MentoringFormat format) { this.format = format; }
    public @Nullable Cadence getCadence() { return cadence; }
    public void setCadence(@Nullable Cadence cadence) { this.cadence = cadence; }
    public int getLengthMonths() { return lengthMonths; }
    public void setLengthMonths(int lengthMonths) { this.lengthMonths = lengthMonths; }
    public @Nullable LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(@Nullable LocalDate startsOn) { this.startsOn = startsOn; }
    public int getMinExperienceYears() { return minExperienceYears; }
    public void setMinExperienceYears(int minExperienceYears) { this.minExperienceYears = minExperienceYears; }
    public boolean isCrossContextRequired() { return crossContextRequired; }
    public void setCrossContextRequired(boolean crossContextRequired) { this.crossContextRequired = crossContextRequired; }
    public boolean isIntakeOpen() { return intakeOpen; }
    public void setIntakeOpen(boolean intakeOpen) { this.intakeOpen = intakeOpen; }
}
