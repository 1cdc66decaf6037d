package org.praxis.coproduction.internal;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * One answer to an element's values pulse: a score of 1 to 5 for each value (null while not chosen) and an
 * optional comment.
 */
public record PulseForm(Map<CoreValue, @Nullable Integer> scores, String comment) {
}
