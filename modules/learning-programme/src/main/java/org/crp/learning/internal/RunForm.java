package org.crp.learning.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A programme run as the programme team writes it. */
public class RunForm {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PRINCIPLES_MAX = 8000;

    @NotBlank(message = "{learning.validation.run-name-required}")
    @Size(max = NAME_MAX, message = "{learning.validation.run-name-too-long}")
    private String name = "";

    @NotNull(message = "{learning.validation.run-start-required}")
    private @Nullable LocalDate startsOn;

    @NotNull(message = "{learning.validation.run-end-required}")
    private @Nullable LocalDate endsOn;

    @Size(max = DESCRIPTION_MAX, message = "{learning.validation.description-too-long}")
    private String description = "";

    /** The Core Principles shown to applicants, one a line. */
    @Size(max = PRINCIPLES_MAX, message = "{learning.validation.principles-too-long}")
    private String principles = "";

    private boolean applicationsOpen = true;

    @AssertTrue(message = "{learning.validation.run-end-before-start}")
    public boolean isInOrder() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(@Nullable LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public @Nullable LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(@Nullable LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPrinciples() {
        return principles;
    }

    public void setPrinciples(String principles) {
        this.principles = principles;
    }

    public boolean isApplicationsOpen() {
        return applicationsOpen;
    }

    public void setApplicationsOpen(boolean applicationsOpen) {
        this.applicationsOpen = applicationsOpen;
    }
}
