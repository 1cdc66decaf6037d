package org.praxis.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.praxis.requests.internal.RequestViews.RequestSummary;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.internal.RequestStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Plain-words labels for the module's values, shared by its views. */
final class RequestLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);

    private RequestLabels() {
    }

    static String mode(Component component, DeliveryMode mode) {
        return component.getTranslation("requests.mode." + mode.name());
    }

    static String status(Component component, RequestStatus status) {
        return component.getTranslation("requests.status." + status.name());
    }

    static Span statusBadge(Component component, RequestStatus status) {
        Span badge = new Span(status(component, status));
        badge.addClassName("praxis-status");
        return badge;
    }

    /** The request's title as a link to its page: keyboard- and screen-reader-friendly. */
    static RouterLink linkTo(RequestSummary request) {
        return new RouterLink(request.title(), RequestDetailView.class, new RouteParameters("id", request.id().toString()));
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String dateTime(OffsetDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime.atZoneSameInstant(java.time.ZoneId.systemDefault()));
    }
}
