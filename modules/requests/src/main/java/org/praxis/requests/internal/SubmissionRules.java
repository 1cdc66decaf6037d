package org.praxis.requests.internal;

import org.praxis.requests.events.DeliveryMode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request must say before it can be submitted, as i18n keys of plain-language messages.
 * A draft may be incomplete; a submission may not. Kept apart from the service so it is easy to read
 * and to test on its own.
 */
final class SubmissionRules {

    private SubmissionRules() {
    }

    /** Problems that stop this request being submitted today; empty when it is ready. */
    static List<String> problems(SupportRequestForm form, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (form.getTitle().isBlank()) {
            problems.add("requests.validation.title-required");
        }
        if (form.getMode() == null) {
            problems.add("requests.validation.mode-required");
        } else if (form.getMode() == DeliveryMode.OTHER && form.getModeOther().isBlank()) {
            problems.add("requests.validation.mode-other-required");
        }
        if (form.getContext().isBlank() && form.getLacks().isEmpty()) {
            problems.add("requests.validation.needs-required");
        }
        if (form.getTimelineStart() == null) {
            problems.add("requests.validation.start-required");
        } else if (form.getTimelineStart().isBefore(today)) {
            problems.add("requests.validation.start-in-past");
        }
        if (form.getTimelineStart() != null && form.getTimelineEnd() != null
                && form.getTimelineEnd().isBefore(form.getTimelineStart())) {
            problems.add("requests.validation.end-before-start");
        }
        if (form.getContactName().isBlank()) {
            problems.add("requests.validation.contact-name-required");
        }
        if (form.getContactEmail().isBlank()) {
            problems.add("requests.validation.contact-email-required");
        }
        return problems;
    }

    /** Problems that stop even a draft being saved (the database would refuse them). */
    static List<String> draftProblems(SupportRequestForm form) {
        List<String> problems = new ArrayList<>();
        if (form.getTitle().isBlank()) {
            problems.add("requests.validation.title-required");
        }
        if (form.getTitle().length() > SupportRequestForm.TITLE_MAX) {
            problems.add("requests.validation.title-too-long");
        }
        if (form.getContext().length() > SupportRequestForm.CONTEXT_MAX) {
            problems.add("requests.validation.context-too-long");
        }
        if (form.getResourcesAndFunding().length() > SupportRequestForm.TEXT_MAX) {
            problems.add("requests.validation.resources-too-long");
        }
        if (form.getTimelineNotes().length() > 1000) {
            problems.add("requests.validation.timeline-notes-too-long");
        }
        if (form.getModeOther().length() > 200) {
            problems.add("requests.validation.mode-other-too-long");
        }
        if (form.getContactName().length() > 200) {
            problems.add("requests.validation.contact-name-too-long");
        }
        if (form.getContactEmail().length() > 320
                || !form.getContactEmail().isBlank() && !form.getContactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("requests.validation.contact-email-invalid");
        }
        if (form.getTimelineStart() != null && form.getTimelineEnd() != null
                && form.getTimelineEnd().isBefore(form.getTimelineStart())) {
            problems.add("requests.validation.end-before-start");
        }
        return problems;
    }
}
