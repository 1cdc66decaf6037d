package org.crp.learning.internal;

import org.crp.learning.internal.LearningViews.Certificate;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.praxis.platform.documents.CertificatePage;
import org.praxis.platform.documents.CertificatePage.Line;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A certificate of completion as a one-page PDF (A4 landscape): the participant's name, the run, its dates
 * and the date of issue. Drawn by the platform's
 * {@link org.praxis.platform.documents.CertificatePage}.
 */
final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Color ACCENT = new Color(0x1f, 0x5f, 0xa8);

    private CertificatePdf() {
    }

    static String fileName(Certificate certificate) {
        String base = certificate.participantName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "certificate" + (base.isEmpty() ? "" : "-" + base) + ".pdf";
    }

    static byte[] render(Certificate certificate, Translator texts) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(texts.get("learning.certificate.pdf-heading"), 34, true, 0));
        lines.add(new Line(texts.get("learning.certificate.pdf-presented"), 16, false, 40));
        lines.add(new Line(certificate.participantName(), 30, false, 24));
        lines.add(new Line(texts.get("learning.certificate.pdf-completed"), 16, false, 30));
        lines.add(new Line(certificate.runName(), 22, false, 24));
        lines.add(new Line(texts.get("learning.certificate.pdf-dates", DATE.format(certificate.runStartsOn()),
                DATE.format(certificate.runEndsOn())), 14, false, 22));
        lines.add(new Line(texts.get("learning.certificate.pdf-sessions", certificate.sessionsAttended()), 14, false, 30));
        lines.add(new Line(texts.get("learning.certificate.pdf-issued", DATE.format(certificate.issuedOn())), 14, false, 40));
        return CertificatePage.render(new CertificatePage.Layout(
                texts.get("learning.certificate.pdf-title", certificate.participantName(), certificate.runName()),
                texts.get("learning.certificate.pdf-creator"), ACCENT, true, 130,
                texts.get("learning.certificate.pdf-footer")), lines);
    }
}
