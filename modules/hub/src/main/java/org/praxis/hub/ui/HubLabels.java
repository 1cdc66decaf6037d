package org.praxis.hub.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.ResourceStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Plain-words labels and small building blocks shared by the Hub's views. */
final class HubLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);

    private HubLabels() {
    }

    static Span statusBadge(Component component, ResourceStatus status) {
        Span badge = new Span(component.getTranslation("hub.status." + status.name()));
        badge.addClassName("praxis-status");
        return badge;
    }

    static RouterLink linkTo(String title, ResourceId id) {
        return new RouterLink(title, ResourceView.class, new RouteParameters("id", id.toString()));
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String dateTime(OffsetDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime.atZoneSameInstant(ZoneId.systemDefault()));
    }

    static void term(Component component, DescriptionList list, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(component.getTranslation(labelKey)), new DescriptionList.Description(value));
        }
    }

    static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB"
                : String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
