package org.praxis.platform.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * A certificate as a one-page PDF (A4 landscape): a coloured frame and lines of text centred on the page, each
 * shrunk to fit. Apache PDFBox with the Liberation Sans font PDFBox ships, embedded; a character the font lacks
 * becomes "?". Modules choose the words, sizes and spacing; the drawing is the same for all.
 */
public final class CertificatePage {

    /** One centred line: its text, font size, whether in the accent colour, and the space above it. */
    public record Line(String text, float size, boolean accent, float gapBefore) {
    }

    /**
     * @param title      the document's title (its properties)
     * @param creator    who made it (its properties), or null
     * @param accent     the frame's and the accented lines' colour
     * @param innerFrame a thin second frame inside the first
     * @param top        the first line's baseline, below the top edge
     * @param footer     a small accented line near the bottom edge, or null
     */
    public record Layout(String title, @Nullable String creator, Color accent, boolean innerFrame, float top,
                         @Nullable String footer) {
    }

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Color INK = new Color(0x1b, 0x2a, 0x3a);

    private CertificatePage() {
    }

    public static byte[] render(Layout layout, List<Line> lines) {
        try (PDDocument document = new PDDocument();
             InputStream fontData = Objects.requireNonNull(CertificatePage.class.getResourceAsStream(FONT), FONT)) {
            PDType0Font font = PDType0Font.load(document, fontData);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(layout.title());
            if (layout.creator() != null) {
                info.setCreator(layout.creator());
            }
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setStrokingColor(layout.accent());
                content.setLineWidth(4);
                content.addRect(28, 28, width - 56, height - 56);
                content.stroke();
                if (layout.innerFrame()) {
                    content.setLineWidth(1);
                    content.addRect(38, 38, width - 76, height - 76);
                    content.stroke();
                }
                float y = height - layout.top();
                boolean first = true;
                for (Line line : lines) {
                    y = first ? y : y - line.gapBefore();
                    first = false;
                    centred(content, font, line.size(), line.accent() ? layout.accent() : INK, line.text(), width, y);
                }
                if (layout.footer() != null) {
                    centred(content, font, 11, layout.accent(), layout.footer(), width, 60);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a line centred on the page, shrinking it to fit. */
    private static void centred(PDPageContentStream content, PDType0Font font, float size, Color colour, String text,
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
