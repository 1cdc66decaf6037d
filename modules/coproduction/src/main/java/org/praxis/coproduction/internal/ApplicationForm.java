package org.praxis.coproduction.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * What an applicant tells the team. A draft may be incomplete and saved to come back to later; what a
 * submission needs on top is checked by {@link ApplicationRules#readyToSubmit}. The contact and "about me" are
 * the parts reviewers never see before every score is in.
 */
public record ApplicationForm(
        @Size(max = 300, message = "{coproduction.validation.contact-too-long}") String contact,
        @Size(max = 2000, message = "{coproduction.validation.about-too-long}") String aboutMe,
        @NotNull(message = "{coproduction.validation.format-required}") AnswerFormat format,
        @Size(max = 8000, message = "{coproduction.validation.answer-too-long}") String writtenAnswer,
        @Size(max = 1000, message = "{coproduction.validation.other-format-too-long}") String otherFormatRequest,
        Set<Adjustment> adjustments,
        @Size(max = 1000, message = "{coproduction.validation.adjustment-notes-too-long}") String adjustmentNotes) {

    public ApplicationForm {
        adjustments = Set.copyOf(adjustments);
    }

    public static ApplicationForm written(String contact, String answer) {
        return new ApplicationForm(contact, "", AnswerFormat.WRITTEN, answer, "", Set.of(), "");
    }
}
