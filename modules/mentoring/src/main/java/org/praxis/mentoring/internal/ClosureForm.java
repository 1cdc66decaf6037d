package org.praxis.mentoring.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Closing a relationship: a reflection, whether it ran its course, and whether the pair keep in touch. */
public class ClosureForm {

    public static final int REFLECTION_MAX = 4000;

    @NotBlank(message = "{mentoring.validation.reflection-required}")
    @Size(max = REFLECTION_MAX, message = "{mentoring.validation.text-too-long}")
    private String reflection = "";

    private boolean completed = true;

    private boolean continueInformally;

    public String getReflection() { return reflection; }
    public void setReflection(String reflection) { this.reflection = reflection; }
    public boolean isCompleted() { return completed; }
    public void setCompleted(boolean completed) { this.completed = completed; }
    public boolean isContinueInformally() { return continueInformally; }
    public void setContinueInformally(boolean continueInformally) { this.continueInformally = continueInformally; }
}
