package org.praxis.coproduction.internal;

import org.praxis.coproduction.internal.RecognitionViews.WorkRecord;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.praxis.platform.documents.CertificatePage;
import org.praxis.platform.documents.CertificatePage.Line;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A certificate of co-production as a one-page PDF (A4 landscape), drawn as learning-programme's certificates are:
 * Apache PDFBox with the Liberation Sans font PDFBox ships, embedded; a character the font lacks becomes "?".
 * It thanks the person by name, says since when they have co-produced, the hours and sessions and the parts of
 * projects, and the day it was issued.
 */
final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Color ACCENT = new Color(0x00, 0x70, 0x3c);

    private CertificatePdf() {
    }

    static String fileName(WorkRecord record) {
        return "co-production-certificate" + slug(record.name()) + ".pdf";
    }

    static String slug(String name) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return base.isEmpty() ? "" : "-" + base;
    }

    static byte[] render(WorkRecord record, Texts texts) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(texts.get("coproduction.certificate.pdf-heading"), 32, true, 0));
        lines.add(new Line(texts.get("coproduction.certificate.pdf-presented"), 16, false, 40));
        lines.add(new Line(record.name(), 30, false, 24));
        lines.add(new Line(texts.get("coproduction.certificate.pdf-since", DATE.format(record.coproducerSince())),
                16, false, 32));
        lines.add(new Line(texts.get("coproduction.certificate.pdf-work",
                record.totalHours().stripTrailingZeros().toPlainString(), record.totalSessions(),
                record.roles().size()), 16, false, 24));
        String projects = String.join(", ", record.roles().stream().map(r -> r.project()).distinct().toList());
        if (!projects.isEmpty()) {
            lines.add(new Line(texts.get("coproduction.certificate.pdf-projects", projects), 14, false, 24));
        }
        lines.add(new Line(texts.get("coproduction.certificate.pdf-issued", DATE.format(record.issuedOn())),
                14, false, 40));
        return CertificatePage.render(new CertificatePage.Layout(
                texts.get("coproduction.certificate.pdf-title", record.name()),
                texts.get("coproduction.certificate.pdf-creator"), ACCENT, false, 130,
                texts.get("coproduction.certificate.pdf-footer")), lines);
    }
}
