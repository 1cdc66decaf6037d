package org.praxis.coproduction.internal;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/** What makes an application ready to send and whether reviewers' scores differ enough to need moderation. */
final class ApplicationRules {

    private ApplicationRules() {
    }

    /** The problems (bundle keys) stopping a draft from being sent; empty when it is ready. */
    static List<String> readyToSubmit(ApplicationForm form, @Nullable String mediaType) {
        List<String> problems = new ArrayList<>();
        if (form.contact().isBlank()) {
            problems.add("coproduction.validation.contact-required");
        }
        switch (form.format()) {
            case WRITTEN -> {
                if (form.writtenAnswer().isBlank()) {
                    problems.add("coproduction.validation.answer-required");
                }
            }
            case AUDIO, VIDEO -> {
                if (mediaType == null) {
                    problems.add("coproduction.validation.recording-required");
                }
            }
            case OTHER -> {
                if (form.otherFormatRequest().isBlank()) {
                    problems.add("coproduction.validation.other-format-required");
                }
            }
        }
        return problems;
    }

    /** Whether reviewers' totals are further apart than the allowed share of the highest possible total. */
    static boolean needsModeration(List<Integer> totals, int highestPossible, double spread) {
        if (totals.size() < 2) {
            return false;
        }
        int gap = totals.stream().mapToInt(Integer::intValue).max().orElse(0)
                - totals.stream().mapToInt(Integer::intValue).min().orElse(0);
        return gap > spread * highestPossible;
    }
}
