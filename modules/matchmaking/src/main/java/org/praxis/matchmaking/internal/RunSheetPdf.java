package org.praxis.matchmaking.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.praxis.matchmaking.internal.MatchmakingViews.RotationPlan;
import org.praxis.matchmaking.internal.Rotation.Attendee;
import org.praxis.matchmaking.internal.Rotation.Round;
import org.praxis.matchmaking.internal.Rotation.Table;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The printable run sheet of a speed-networking rotation (A4 portrait, Apache PDFBox with the Liberation Sans font
 * PDFBox ships, embedded): a page for each table, saying who sits there in each round, then a page for each
 * person, saying where they sit and whom they meet. A character the font lacks becomes "?".
 */
final class RunSheetPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Color INK = new Color(0x1b, 0x2a, 0x3a);
    private static final Color ACCENT = new Color(0x1f, 0x5f, 0xa8);
    private static final float MARGIN = 56;

    private RunSheetPdf() {
    }

    static String fileName(String title, String who) {
        String base = (title + " " + who).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "run-sheet" + (base.isEmpty() ? "" : "-" + base) + ".pdf";
    }

    /** Every table's page and every person's page. */
    static byte[] whole(RotationPlan plan, Translator texts) {
        return render(plan, texts, tableNumbers(plan), people(plan));
    }

    /** One person's page only. */
    static byte[] forPerson(RotationPlan plan, Attendee person, Translator texts) {
        return render(plan, texts, List.of(), List.of(person));
    }

    private static byte[] render(RotationPlan plan, Translator texts, Collection<Integer> tables,
                                 Collection<Attendee> people) {
        try (PDDocument document = new PDDocument();
             InputStream fontData = Objects.requireNonNull(RunSheetPdf.class.getResourceAsStream(FONT), FONT)) {
            PDType0Font font = PDType0Font.load(document, fontData);
            document.getDocumentInformation().setTitle(texts.get("matchmaking.runsheet.pdf-title", plan.eventTitle()));
            String subtitle = texts.get("matchmaking.runsheet.pdf-rounds", plan.rounds(), plan.minutes());
            for (int number : tables) {
                List<String> lines = new ArrayList<>();
                for (Round round : plan.rotation().rounds()) {
                    Optional<Table> table = round.tables().stream().filter(t -> t.number() == number).findFirst();
                    lines.add(texts.get("matchmaking.runsheet.round", round.number()) + "  "
                            + table.map(t -> names(t.seats(), null, texts))
                                    .orElse(texts.get("matchmaking.runsheet.table-free")));
                }
                page(document, font, plan.eventTitle(), texts.get("matchmaking.runsheet.table", number), subtitle, lines);
            }
            for (Attendee person : people) {
                List<String> lines = new ArrayList<>();
                for (Round round : plan.rotation().rounds()) {
                    Optional<Table> table = round.tables().stream()
                            .filter(t -> t.seats().stream().anyMatch(a -> a.id().equals(person.id()))).findFirst();
                    lines.add(texts.get("matchmaking.runsheet.round", round.number()) + "  " + table
                            .map(t -> texts.get("matchmaking.runsheet.person-at", t.number(),
                                    names(t.seats(), person, texts)))
                            .orElse(texts.get("matchmaking.runsheet.break")));
                }
                page(document, font, plan.eventTitle(), person.name(), subtitle, lines);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String names(List<Attendee> seats, @Nullable Attendee except, Translator texts) {
        return seats.stream().filter(a -> except == null || !a.id().equals(except.id()))
                .map(a -> a.name() + " (" + texts.get("matchmaking.side." + a.side().name()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static List<Integer> tableNumbers(RotationPlan plan) {
        TreeSet<Integer> numbers = new TreeSet<>();
        plan.rotation().rounds().forEach(r -> r.tables().forEach(t -> numbers.add(t.number())));
        return List.copyOf(numbers);
    }

    private static List<Attendee> people(RotationPlan plan) {
        java.util.Map<java.util.UUID, Attendee> people = new java.util.LinkedHashMap<>();
        for (Round round : plan.rotation().rounds()) {
            round.tables().forEach(t -> t.seats().forEach(a -> people.putIfAbsent(a.id(), a)));
            round.sittingOut().forEach(a -> people.putIfAbsent(a.id(), a));
        }
        return people.values().stream().sorted(java.util.Comparator.comparing(Attendee::name)).toList();
    }

    private static void page(PDDocument document, PDType0Font font, String event, String heading, String subtitle,
                             List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        float y = page.getMediaBox().getHeight() - MARGIN;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            y = line(content, font, 12, ACCENT, event, width, y);
            y = line(content, font, 26, INK, heading, width, y - 34);
            y = line(content, font, 12, INK, subtitle, width, y - 22);
            y -= 16;
            for (String text : lines) {
                for (String part : wrap(font, 12, text, width)) {
                    y = line(content, font, 12, INK, part, width, y - 18);
                }
                y -= 6;
            }
        }
    }

    private static float line(PDPageContentStream content, PDType0Font font, float size, Color colour, String text,
                              float maxWidth, float y) throws IOException {
        String printable = printable(font, text);
        float fontSize = size;
        float textWidth = font.getStringWidth(printable) / 1000 * fontSize;
        if (textWidth > maxWidth) {
            fontSize = fontSize * maxWidth / textWidth;
        }
        content.beginText();
        content.setNonStrokingColor(colour);
        content.setFont(font, fontSize);
        content.newLineAtOffset(MARGIN, y);
        content.showText(printable);
        content.endText();
        return y;
    }

    /** Breaks the text at spaces into lines that fit the width. */
    private static List<String> wrap(PDType0Font font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(printable(font, candidate)) / 1000 * size > maxWidth) {
                lines.add(current.toString());
                current = new StringBuilder("    " + word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
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
        return out.toString();
    }

    private static boolean canDraw(PDType0Font font, int codePoint) throws IOException {
        try {
            return font.encode(new String(Character.toChars(codePoint))).length > 0;
        } catch (IllegalArgumentException noGlyph) {
            return false;
        }
    }
}
