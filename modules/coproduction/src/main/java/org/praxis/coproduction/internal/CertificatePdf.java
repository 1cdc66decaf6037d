package org.praxis.coproduction.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.praxis.coproduction.internal.RecognitionViews.WorkRecord;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A certificate of co-production as a one-page PDF (A4 landscape), drawn as learning-programme's certificates are:
 * Apache PDFBox with the Liberation Sans font PDFBox ships, embedded; a character the font lacks becomes "?".
 * It thanks the person by name, says since when they have co-produced, the hours and sessions and the parts of
 * projects, and the day it was issued.
 */
final class CertificatePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Color INK = new Color(0x1b, 0x2a, 0x3a);
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
        try (PDDocument document = new PDDocument();
             InputStream fontData = Objects.requireNonNull(CertificatePdf.class.getResourceAsStream(FONT), FONT)) {
            PDType0Font font = PDType0Font.load(document, fontData);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(texts.get("coproduction.certificate.pdf-title", record.name()));
            info.setCreator(texts.get("coproduction.certificate.pdf-creator"));

            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setStrokingColor(ACCENT);
                content.setLineWidth(4);
                content.addRect(28, 28, width - 56, height - 56);
                content.stroke();

                float y = height - 130;
                y = centred(content, font, 32, ACCENT, texts.get("coproduction.certificate.pdf-heading"), width, y);
                y = centred(content, font, 16, INK, texts.get("coproduction.certificate.pdf-presented"), width, y - 40);
                y = centred(content, font, 30, INK, record.name(), width, y - 24);
                y = centred(content, font, 16, INK, texts.get("coproduction.certificate.pdf-since",
                        DATE.format(record.coproducerSince())), width, y - 32);
                y = centred(content, font, 16, INK, texts.get("coproduction.certificate.pdf-work",
                        record.totalHours().stripTrailingZeros().toPlainString(), record.totalSessions(),
                        record.roles().size()), width, y - 24);
                String projects = String.join(", ", record.roles().stream().map(r -> r.project()).distinct().toList());
                if (!projects.isEmpty()) {
                    y = centred(content, font, 14, INK, texts.get("coproduction.certificate.pdf-projects", projects),
                            width, y - 24);
                }
                centred(content, font, 14, INK, texts.get("coproduction.certificate.pdf-issued",
                        DATE.format(record.issuedOn())), width, y - 40);
                centred(content, font, 11, ACCENT, texts.get("coproduction.certificate.pdf-footer"), width, 60);
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
