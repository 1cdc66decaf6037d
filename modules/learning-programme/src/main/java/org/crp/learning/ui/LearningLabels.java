package org.crp.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.crp.learning.events.ParticipantKind;
import org.crp.learning.events.SessionKind;
import org.crp.learning.internal.ApplicationStatus;
import org.crp.learning.internal.Download;
import org.crp.learning.internal.Money;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.ProblemException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/** Plain-words labels and small building blocks shared by the module's views. */
final class LearningLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private LearningLabels() {
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String date(@Nullable OffsetDateTime dateTime, ZoneId zone) {
        return dateTime == null ? "" : DATE.format(dateTime.atZoneSameInstant(zone));
    }

    /** "Wednesday 20 January 2027, 10:00 to 13:30 (Europe/London)". */
    static String when(Component component, OffsetDateTime start, OffsetDateTime end, ZoneId zone) {
        return component.getTranslation("learning.session.when", DAY.format(start.atZoneSameInstant(zone)),
                TIME.format(start.atZoneSameInstant(zone)), TIME.format(end.atZoneSameInstant(zone)), zone.getId());
    }

    static String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : Money.pounds(amount);
    }

    static String kind(Component component, @Nullable ParticipantKind kind) {
        return kind == null ? "" : component.getTranslation("learning.kind." + kind.name());
    }

    static String sessionKind(Component component, SessionKind kind) {
        return component.getTranslation("learning.session-kind." + kind.name());
    }

    static Span statusBadge(Component component, ApplicationStatus status) {
        Span badge = new Span(component.getTranslation("learning.status." + status.name()));
        badge.addClassName("praxis-status");
        return badge;
    }

    /** What a page says when the record does not exist or is not the person's to see. */
    static Component[] notFound(Component component, String titleKey, String messageKey) {
        return new Component[]{new H1(component.getTranslation(titleKey)),
                new Paragraph(component.getTranslation(messageKey))};
    }

    /** A link that downloads a file made on request; a refusal answers "not found". */
    static Anchor download(String label, Supplier<Download> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                Download download = file.get();
                return new DownloadResponse(new ByteArrayInputStream(download.content()), download.fileName(),
                        download.mediaType(), download.content().length);
            } catch (ProblemException | org.springframework.security.access.AccessDeniedException refused) {
                return DownloadResponse.error(404);
            }
        }), label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
