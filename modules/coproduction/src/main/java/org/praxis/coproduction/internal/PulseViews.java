package org.praxis.coproduction.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.coproduction.events.ElementId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the values pulse hands to views: no answer carries a person, and small groups carry no results. */
public final class PulseViews {

    private PulseViews() {
    }

    /** A finished element whose pulse the signed-in person may still answer. */
    public record PulseToAnswer(ElementId element, String project, String title, LocalDate finishedOn) {
    }

    /**
     * One point of a trend (an element, or a month). With fewer answers than the minimum it is {@code hidden}: the
     * count is all it says, with no averages and no comments.
     */
    public record PulsePoint(String label, int answers, boolean hidden, Map<CoreValue, BigDecimal> averages,
                             List<String> comments) {
    }

    /** A project's elements in the order they finished. */
    public record ProjectTrend(UUID project, String name, List<PulsePoint> elements) {
    }

    /** Everything, month by month, and the minimum number of answers before anything is shown. */
    public record ValuesTrends(List<ProjectTrend> projects, List<PulsePoint> months, int minimumAnswers) {
    }

    /** Counted answers of one element or month, before the minimum is applied. */
    record Tally(@Nullable UUID project, String projectName, String label, LocalDate sortOn, int answers,
                 Map<CoreValue, BigDecimal> averages, List<String> comments) {
    }
}
