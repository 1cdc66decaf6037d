package org.praxis.hub.internal;

import org.junit.jupiter.api.Test;
import org.praxis.hub.internal.CaseStudyParser.Block;
import org.praxis.hub.internal.CaseStudyParser.Label;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading case studies from text, without a database; and rendering Markdown safely. */
class CaseStudyParserTests {

    final CaseStudyParser parser = new CaseStudyParser(Map.of(
            Vocabulary.BENEFICIARY, labels("Research staff", "Postgraduate researchers", "Technicians",
                    "Managers of researchers", "Research and teaching staff", "Teaching-only staff",
                    "Professional support staff"),
            Vocabulary.STAKEHOLDER, labels("Researchers", "Managers of researchers", "Professional staff"),
            Vocabulary.PRINCIPLE, labels("Environment and culture", "Employment", "Professional and career development"),
            Vocabulary.KEYWORD, labels("Research culture", "Training", "Professional development",
                    "Equality, diversity and inclusion", "Flexible working", "Working conditions", "Policy")));

    static List<Label> labels(String... labels) {
        return java.util.Arrays.stream(labels).map(l -> new Label(VocabularyService.codeFor(l), l)).toList();
    }

    @Test
    void runTogetherValuesAreSplitByTheLongestMatchingLabel() {
        var matched = parser.match(Vocabulary.BENEFICIARY,
                "Research staff Postgraduate researchers Research and teaching staff Teaching-only staff Technicians");
        assertThat(matched.codes()).containsExactly("research-staff", "postgraduate-researchers",
                "research-and-teaching-staff", "teaching-only-staff", "technicians");
        assertThat(matched.unmatched()).isEmpty();

        var keywords = parser.match(Vocabulary.KEYWORD,
                "Policy Equality, diversity and inclusion Flexible working Underwater basket weaving Working conditions");
        assertThat(keywords.codes()).containsExactly("policy", "equality-diversity-and-inclusion", "flexible-working",
                "working-conditions");
        assertThat(keywords.unmatched()).containsExactly("Underwater basket weaving");
    }

    @Test
    void theSourceFileGivesThreeCaseStudiesWithTheirLines() throws IOException {
        List<Block> blocks = parser.parse(HubModuleTests.caseStudiesFile());
        assertThat(blocks).hasSize(3);
        assertThat(blocks).extracting(Block::firstLine).containsExactly(1, 8, 17);
        assertThat(blocks).extracting(Block::lastLine).containsExactly(6, 15, 22);
        assertThat(blocks.get(1).paragraphs()).hasSize(2);
        assertThat(blocks).noneMatch(Block::malformed);
        assertThat(blocks.get(2).title()).isEqualTo("This case study describes our reflective practice approach");
        assertThat(blocks.get(1).title()).endsWith("…").hasSizeLessThanOrEqualTo(120);
        // The same text gives the same keys (re-import finds them); different text, different keys.
        assertThat(parser.parse(HubModuleTests.caseStudiesFile()).getFirst().importKey())
                .isEqualTo(blocks.getFirst().importKey()).isNotEqualTo(blocks.get(1).importKey());
    }

    @Test
    void malformedBlocksSayWhatIsWrongAndWhere() {
        List<Block> blocks = parser.parse("""
                Keywords: Training

                A good scheme.
                Keywords: Policy
                Keywords: Training

                Another scheme.
                Beneficiaries:
                """);
        assertThat(blocks).extracting(Block::problem).containsExactly("hub.import.problem.no-text",
                "hub.import.problem.repeated-line", "hub.import.problem.no-values");
        assertThat(blocks).extracting(Block::firstLine).containsExactly(1, 3, 7);
    }

    @Test
    void markdownIsRenderedWithoutAnythingThatRuns() {
        String html = SafeMarkdown.toHtml("""
                # Title
                <script>alert(1)</script>
                [x](javascript:alert(1)) [ok](https://example.org)
                <img src="x" onerror="alert(1)">
                <a href="https://example.org" onclick="alert(1)">link</a>
                | a | b |
                """);
        assertThat(html).contains("<h1>Title</h1>", "href=\"https://example.org\"")
                .doesNotContain("<script", "href=\"javascript", "<img", " onerror=\"", " onclick=\"");
    }
}
