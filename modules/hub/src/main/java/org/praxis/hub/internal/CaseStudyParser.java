package org.praxis.hub.internal;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads case studies laid out like a researcher-development library export: a paragraph or more of
 * text, then the lines {@code Beneficiaries:}, {@code Stakeholders:}, {@code Concordat principles:} and
 * {@code Keywords:}, whose values are run together ("Research staff Postgraduate researchers
 * Technicians"). Values are split by matching the vocabulary's labels, longest first; words that
 * match no label are reported as unmatched. Pure: no database, so it is tested on its own.
 */
final class CaseStudyParser {

    /** The facet lines a block may end with, and the vocabulary each one is matched against. */
    static final Map<String, Vocabulary> HEADINGS = Map.of(
            "beneficiaries", Vocabulary.BENEFICIARY,
            "stakeholders", Vocabulary.STAKEHOLDER,
            "concordat principles", Vocabulary.PRINCIPLE,
            "principles", Vocabulary.PRINCIPLE,
            "keywords", Vocabulary.KEYWORD);

    private static final Pattern HEADING = Pattern.compile("^\\s*([A-Za-z][A-Za-z ]{1,40}?)\\s*:\\s*(.*)$");

    /** Terms of one vocabulary to match against: code and label. */
    record Label(String code, String label) {
    }

    /** The values found on one facet line. */
    record Matched(Set<String> codes, List<String> unmatched) {
    }

    /** One case study as read from the text. {@code problem} is an i18n key if the block is malformed. */
    record Block(int firstLine, int lastLine, List<String> paragraphs, Map<Vocabulary, Matched> facets,
                 @Nullable String problem, String importKey) {

        boolean malformed() {
            return problem != null;
        }

        List<String> unmatched() {
            return facets.values().stream().flatMap(m -> m.unmatched().stream()).toList();
        }

        String title() {
            return CaseStudyParser.title(paragraphs.isEmpty() ? "" : paragraphs.getFirst());
        }
    }

    private final Map<Vocabulary, List<Label>> vocabularies;

    CaseStudyParser(Map<Vocabulary, List<Label>> vocabularies) {
        this.vocabularies = vocabularies;
    }

    List<Block> parse(String text) {
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        List<Block> blocks = new ArrayList<>();
        BlockBuilder current = new BlockBuilder();
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                current.endParagraph();
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            String name = heading.matches() ? heading.group(1).strip().toLowerCase(Locale.ROOT) : null;
            if (name != null && HEADINGS.containsKey(name)) {
                current.facetLine(lineNumber, HEADINGS.get(name), name, heading.group(2).strip());
            } else if (current.hasFacets()) {
                if (name != null && current.inFacets() && line.length() < 200 && looksLikeHeading(heading.group(2))) {
                    current.problem(lineNumber, "hub.import.problem.unknown-heading");
                    continue;
                }
                blocks.add(current.build());
                current = new BlockBuilder();
                current.textLine(lineNumber, line);
            } else {
                current.textLine(lineNumber, line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current.build());
        }
        return blocks;
    }

    private static boolean looksLikeHeading(String rest) {
        return !rest.isBlank();
    }

    /** Splits run-together values by the vocabulary's labels, longest match first. */
    Matched match(Vocabulary vocabulary, String values) {
        List<String> words = List.of(values.strip().split("[\\s;|]+"));
        List<String> tokens = words.stream().map(CaseStudyParser::normalise).toList();
        List<List<String>> labelTokens = new ArrayList<>();
        List<Label> labels = vocabularies.getOrDefault(vocabulary, List.of());
        for (Label label : labels) {
            labelTokens.add(List.of(label.label().strip().split("\\s+")).stream().map(CaseStudyParser::normalise)
                    .filter(t -> !t.isEmpty()).toList());
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> unmatched = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).isEmpty()) {
                i++;
                continue;
            }
            int best = -1;
            int bestLength = 0;
            for (int l = 0; l < labels.size(); l++) {
                List<String> candidate = labelTokens.get(l);
                if (candidate.size() > bestLength && startsWith(tokens, i, candidate)) {
                    best = l;
                    bestLength = candidate.size();
                }
            }
            if (best >= 0) {
                flush(pending, unmatched);
                codes.add(labels.get(best).code());
                i = skip(tokens, i, bestLength);
            } else {
                pending.append(pending.isEmpty() ? "" : " ").append(words.get(i).replaceAll("[,;.]+$", ""));
                i++;
            }
        }
        flush(pending, unmatched);
        return new Matched(codes, unmatched);
    }

    /** Whether the label's tokens follow from position {@code start}, skipping empty tokens (lone commas). */
    private static boolean startsWith(List<String> tokens, int start, List<String> label) {
        int t = start;
        for (String part : label) {
            while (t < tokens.size() && tokens.get(t).isEmpty()) {
                t++;
            }
            if (t >= tokens.size() || !tokens.get(t).equals(part)) {
                return false;
            }
            t++;
        }
        return true;
    }

    private static int skip(List<String> tokens, int start, int count) {
        int t = start;
        int seen = 0;
        while (t < tokens.size() && seen < count) {
            if (!tokens.get(t).isEmpty()) {
                seen++;
            }
            t++;
        }
        return t;
    }

    private static void flush(StringBuilder pending, List<String> unmatched) {
        if (!pending.isEmpty()) {
            unmatched.add(pending.toString());
            pending.setLength(0);
        }
    }

    static String normalise(String token) {
        return token.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}'-]", "");
    }

    /** The first sentence, shortened at a word boundary: a readable title. */
    static String title(String paragraph) {
        String sentence = firstSentence(paragraph);
        if (sentence.length() <= 120) {
            return sentence.replaceAll("[.]$", "");
        }
        String cut = sentence.substring(0, 117);
        int space = cut.lastIndexOf(' ');
        return (space > 60 ? cut.substring(0, space) : cut).replaceAll("[,;:]$", "") + "…";
    }

    static String firstSentence(String paragraph) {
        Matcher end = Pattern.compile("[.!?](\\s|$)").matcher(paragraph);
        return (end.find() ? paragraph.substring(0, end.start() + 1) : paragraph).strip();
    }

    static String importKey(List<String> paragraphs, Map<Vocabulary, String> rawFacets) {
        StringBuilder canonical = new StringBuilder();
        paragraphs.forEach(p -> canonical.append(p.replaceAll("\\s+", " ").strip()).append('\n'));
        rawFacets.forEach((v, raw) -> canonical.append(v).append(':').append(raw.replaceAll("\\s+", " ").strip()).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return "case-study:" + HexFormat.of().formatHex(hash, 0, 26);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class BlockBuilder {
        private int firstLine;
        private int lastLine;
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();
        private final Map<Vocabulary, String> rawFacets = new EnumMap<>(Vocabulary.class);
        private final Map<Vocabulary, Matched> facets = new EnumMap<>(Vocabulary.class);
        private @Nullable String problem;
        private boolean lastWasFacet;

        void textLine(int lineNumber, String line) {
            touch(lineNumber);
            lastWasFacet = false;
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
        }

        void endParagraph() {
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
            lastWasFacet = false;
        }

        void facetLine(int lineNumber, Vocabulary vocabulary, String name, String values) {
            endParagraph();
            touch(lineNumber);
            lastWasFacet = true;
            if (paragraphs.isEmpty()) {
                problem(lineNumber, "hub.import.problem.no-text");
            }
            if (rawFacets.containsKey(vocabulary)) {
                problem(lineNumber, "hub.import.problem.repeated-line");
            }
            if (values.isBlank()) {
                problem(lineNumber, "hub.import.problem.no-values");
            }
            rawFacets.put(vocabulary, values);
            facets.put(vocabulary, match(vocabulary, values));
        }

        void problem(int lineNumber, String key) {
            touch(lineNumber);
            if (problem == null) {
                problem = key;
            }
        }

        boolean hasFacets() {
            return !rawFacets.isEmpty();
        }

        boolean inFacets() {
            return lastWasFacet;
        }

        boolean isEmpty() {
            return firstLine == 0;
        }

        private void touch(int lineNumber) {
            if (firstLine == 0) {
                firstLine = lineNumber;
            }
            lastLine = lineNumber;
        }

        Block build() {
            endParagraph();
            String trouble = problem;
            if (trouble == null && rawFacets.isEmpty()) {
                trouble = "hub.import.problem.no-facets";
            }
            if (trouble == null && paragraphs.stream().mapToInt(String::length).sum() > ResourceForm.BODY_MAX) {
                trouble = "hub.import.problem.too-long";
            }
            return new Block(firstLine, lastLine, List.copyOf(paragraphs), Map.copyOf(facets), trouble,
                    importKey(paragraphs, rawFacets));
        }
    }
}
