package org.crp.learning.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.crp.learning.internal.LearningViews.Certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A certificate of completion as a one-page PDF (A4 landscape): the participant's name, the run, its dates
 * and the date of issue. Written with Apache PDFBox and the Liberation Sans font that PDFBox ships, embedded,
 * so names in most European scripts print as they are written; a character the font lacks becomes "?".
 */
final class CertificatePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Color INK = new Color(0x1b, 0x2a, 0x3a);
    private static final Color ACCENT = new Color(0x1f, 0x5f, 0xa8);

    private CertificatePdf() {
    }

    static String fileName(Certificate certificate) {
        String base = certificate.participantName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "certificate" + (base.isEmpty() ? "" : "-" + base) + ".pdf";
    }

    static byte[] render(Certificate certificate, Translator texts) {
        try (PDDocument document = new PDDocument();
             InputStream fontData = Objects.requireNonNull(CertificatePdf.class.getResourceAsStream(FONT), FONT)) {
            PDType0Font font = PDType0Font.load(document, fontData);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(texts.get("learning.certificate.pdf-title", certificate.participantName(),
                    certificate.runName()));
            info.setCreator(texts.get("learning.certificate.pdf-creator"));

            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setStrokingColor(ACCENT);
                content.setLineWidth(4);
                content.addRect(28, 28, width - 56, height - 56);
                content.stroke();
                content.setLineWidth(1);
                content.addRect(38, 38, width - 76, height - 76);
                content.stroke();

                float y = height - 130;
                y = centred(content, font, 34, ACCENT, texts.get("learning.certificate.pdf-heading"), width, y);
                y = centred(content, font, 16, INK, texts.get("learning.certificate.pdf-presented"), width, y - 40);
                y = centred(content, font, 30, INK, certificate.participantName(), width, y - 24);
                y = centred(content, font, 16, INK, texts.get("learning.certificate.pdf-completed"), width, y - 30);
                y = centred(content, font, 22, INK, certificate.runName(), width, y - 24);
                y = centred(content, font, 14, INK, texts.get("learning.certificate.pdf-dates",
                        DATE.format(certificate.runStartsOn()), DATE.format(certificate.runEndsOn())), width, y - 22);
                y = centred(content, font, 14, INK, texts.get("learning.certificate.pdf-sessions",
                        certificate.sessionsAttended()), width, y - 30);
                centred(content, font, 14, INK, texts.get("learning.certificate.pdf-issued",
                        DATE.format(certificate.issuedOn())), width, y - 40);
                centred(content, font, 11, ACCENT, texts.get("learning.certificate.pdf-footer"), width, 60);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a line centred on the page, shrinking it to fit; returns its baseline. */
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

    /** The text with line breaks made spaces and characters the font cannot draw replaced by "?". */
    static String printable(PDType0Font font, String text) throws IOException {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
                out.append(' ');
            } else if (canDraw(font, codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('?');
            }
        }
        return out.toString().strip();
    }

    private static boolean canDraw(PDType0Font font, int codePoint) throws IOException {
        try {
            return font.encode(new String(Character.toChars(codePoint))).length > 0;
        } catch (IllegalArgumentException noGlyph) {
            return false;
        }
    }
}
