package org.praxis.coproduction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/** Plain-words labels and small building blocks shared by the module's views. */
final class CoproductionLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CoproductionLabels() {
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** What a page says when the record does not exist or is not the person's to see. */
    static Component[] notFound(Component component, String titleKey) {
        return new Component[]{new H1(component.getTranslation(titleKey)),
                new Paragraph(component.getTranslation("coproduction.not-found"))};
    }

    /** A link that downloads content made on request; a refusal answers "not found". */
    static Anchor download(String label, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = content.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
            } catch (org.praxis.platform.ProblemException
                     | org.springframework.security.access.AccessDeniedException refused) {
                return DownloadResponse.error(404);
            }
        }), label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
