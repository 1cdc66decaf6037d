package org.praxis.mentoring.internal;

import org.praxis.mentoring.internal.MentoringViews.Relationship;

import java.awt.Color;
import java.util.List;
import org.praxis.platform.documents.CertificatePage;
import org.praxis.platform.documents.CertificatePage.Line;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A certificate of completed peer mentoring, one A4 landscape page, for one of the pair: their name, their part
 * (mentor or mentee) with whom, the programme, the dates and meetings held. PDFBox with the Liberation Sans font
 * it ships, embedded; a character the font lacks becomes "?".
 */
final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Color ACCENT = new Color(0x1f, 0x5f, 0xa8);

    private CertificatePdf() {
    }

    static byte[] render(Relationship relationship, boolean forMentor, LocalDate closedOn, int meetingsHeld, Translator texts) {
        String name = forMentor ? relationship.mentorName() : relationship.menteeName();
        List<Line> lines = List.of(
                new Line(texts.get("mentoring.certificate.pdf-heading"), 32, true, 0),
                new Line(texts.get("mentoring.certificate.pdf-presented"), 16, false, 44),
                new Line(name, 30, false, 26),
                new Line(forMentor ? texts.get("mentoring.certificate.pdf-as-mentor", relationship.menteeName())
                        : texts.get("mentoring.certificate.pdf-as-mentee", relationship.mentorName()), 16, false, 32),
                new Line(relationship.programmeName(), 20, false, 26),
                new Line(texts.get("mentoring.certificate.pdf-dates", DATE.format(relationship.startedAt().toLocalDate()),
                        DATE.format(closedOn)), 14, false, 24),
                new Line(texts.get("mentoring.certificate.pdf-meetings", meetingsHeld), 14, false, 24));
        return CertificatePage.render(new CertificatePage.Layout(texts.get("mentoring.certificate.pdf-title", name),
                null, ACCENT, false, 140, null), lines);
    }
}
