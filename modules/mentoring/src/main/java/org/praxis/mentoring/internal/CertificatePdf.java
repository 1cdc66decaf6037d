package org.praxis.mentoring.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.praxis.mentoring.internal.MentoringViews.Relationship;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A certificate of completed peer mentoring, one A4 landscape page, for one of the pair: their name, their part
 * (mentor or mentee) with whom, the programme, the dates and meetings held. PDFBox with the Liberation Sans font
 * it ships, embedded; a character the font lacks becomes "?".
 */
final class CertificatePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Color INK = new Color(0x1b, 0x2a, 0x3a);
    private static final Color ACCENT = new Color(0x1f, 0x5f, 0xa8);

    private CertificatePdf() {
    }

    static byte[] render(Relationship relationship, boolean forMentor, LocalDate closedOn, int meetingsHeld, Translator texts) {
        try (PDDocument document = new PDDocument();
             InputStream fontData = Objects.requireNonNull(CertificatePdf.class.getResourceAsStream(FONT), FONT)) {
            PDType0Font font = PDType0Font.load(document, fontData);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            String name = forMentor ? relationship.mentorName() : relationship.menteeName();
            document.getDocumentInformation().setTitle(texts.get("mentoring.certificate.pdf-title", name));
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setStrokingColor(ACCENT);
                content.setLineWidth(4);
                content.addRect(28, 28, width - 56, height - 56);
                content.stroke();
                float y = height - 140;
                y = centred(content, font, 32, ACCENT, texts.get("mentoring.certificate.pdf-heading"), width, y);
                y = centred(content, font, 16, INK, texts.get("mentoring.certificate.pdf-presented"), width, y - 44);
                y = centred(content, font, 30, INK, name, width, y - 26);
                y = centred(content, font, 16, INK, forMentor
                        ? texts.get("mentoring.certificate.pdf-as-mentor", relationship.menteeName())
                        : texts.get("mentoring.certificate.pdf-as-mentee", relationship.mentorName()), width, y - 32);
                y = centred(content, font, 20, INK, relationship.programmeName(), width, y - 26);
                y = centred(content, font, 14, INK, texts.get("mentoring.certificate.pdf-dates",
                        DATE.format(relationship.startedAt().toLocalDate()), DATE.format(closedOn)), width, y - 24);
                centred(content, font, 14, INK, texts.get("mentoring.certificate.pdf-meetings", meetingsHeld), width, y - 24);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float centred(PDPageContentStream content, PDType0Font font, float size, Color colour, String text,
                                 float pageWidth, float y) throws IOException {
        String printable = printable(font, text);
        float fontSize = size;
        float textWidth = font.getStringWidth(printable) / 1000 * fontSize;
        float maxWidth = pageWidth - 140;
        if (textWidth > maxWidth) {
            fontSize = fontSize * maxWidth / textWidth;
            textWidth = maxWidth;
        }
        content.beginText();
        content.setNonStrokingColor(colour);
        content.setFont(font, fontSize);
        content.newLineAtOffset((pageWidth - textWidth) / 2, y);
        content.showText(printable);
        content.endText();
        return y;
    }

    /** Line breaks become spaces; characters the font cannot draw become "?". */
    static String printable(PDType0Font font, String text) throws IOException {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
                out.append(' ');
            } else {
                try {
                    out.append(font.encode(new String(Character.toChars(codePoint))).length > 0
                            ? new String(Character.toChars(codePoint)) : "?");
                } catch (IllegalArgumentException noGlyph) {
                    out.append('?');
                }
            }
        }
        return out.toString().strip();
    }
}
