package org.praxis.matchmaking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.internal.Download;
import org.praxis.matchmaking.internal.MatchmakingViews.MatchEvent;
import org.praxis.matchmaking.internal.MatchmakingViews.Places;
import org.praxis.matchmaking.internal.Money;
import org.praxis.platform.ProblemException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Plain-words labels and small building blocks shared by matchmaking's views. */
final class MatchmakingLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private MatchmakingLabels() {
    }

    /** "Wednesday 3 February 2027, 10:00 to 15:00, in person at Riverside Community Centre". */
    static String when(Component c, MatchEvent event, ZoneId zone) {
        String where = event.online() ? c.getTranslation("matchmaking.event.online")
                : c.getTranslation("matchmaking.event.at", event.place());
        return c.getTranslation("matchmaking.event.when", DAY.format(event.startsAt().atZoneSameInstant(zone)),
                TIME.format(event.startsAt().atZoneSameInstant(zone)), TIME.format(event.endsAt().atZoneSameInstant(zone)),
                where);
    }

    /** "Community organisations: 3 of 20 places taken, 1 waiting; Researchers: ...". */
    static String places(Component c, MatchEvent event) {
        return event.places().stream().map(p -> places(c, p)).collect(Collectors.joining("; "));
    }

    static String places(Component c, Places p) {
        return c.getTranslation("matchmaking.event.places", c.getTranslation("matchmaking.side." + p.side().name()),
                p.taken(), p.places(), p.waiting());
    }

    static String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : Money.pounds(amount);
    }

    static Span status(Component c, String key) {
        Span badge = new Span(c.getTranslation(key));
        badge.addClassName("praxis-status");
        return badge;
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
