package org.praxis.mentoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;

/** Plain-words labels and small building blocks shared by mentoring's views. */
final class MentoringLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private MentoringLabels() {
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String date(@Nullable OffsetDateTime dateTime) {
        return dateTime == null ? "" : DATE.format(dateTime.atZoneSameInstant(ZONE));
    }

    static String dateTime(OffsetDateTime dateTime) {
        return DATE_TIME.format(dateTime.atZoneSameInstant(ZONE));
    }

    /** "mentoring.topic.ETHICS" for prefix "mentoring.topic." and value ETHICS. */
    static String label(Component component, String prefix, Enum<?> value) {
        return component.getTranslation(prefix + value.name());
    }

    /** A labelled group of checkboxes, one per value, labelled from the bundle. */
    static <E extends Enum<E>> CheckboxGroup<E> choices(Component component, String labelKey, Class<E> type, String prefix) {
        CheckboxGroup<E> group = new CheckboxGroup<>(component.getTranslation(labelKey));
        group.setItems(EnumSet.allOf(type));
        group.setItemLabelGenerator(value -> label(component, prefix, value));
        return group;
    }

    static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("praxis-status");
        return badge;
    }
}
