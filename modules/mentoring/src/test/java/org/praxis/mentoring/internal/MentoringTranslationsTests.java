package org.praxis.mentoring.internal;

import org.junit.jupiter.api.Test;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.mentoring.events.SectorContext;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the module shows is in its bundle: keys written in the sources and keys made from values
 * ({@code mentoring.topic.<TOPIC>}); every key is the module's; every pattern is valid.
 */
class MentoringTranslationsTests {

    static final Pattern KEY = Pattern.compile("\"(mentoring\\.[a-zA-Z0-9.-]+[a-zA-Z0-9])\"|\\{(mentoring\\.[a-zA-Z0-9.-]+)}");

    static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (var in = MentoringTranslationsTests.class.getResourceAsStream("/i18n/mentoring.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }

    @Test
    void everyKeyWrittenInTheSourcesIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        Properties bundle = bundle();
        assertThat(used.stream().filter(key -> !bundle.containsKey(key)).toList()).isEmpty();
    }

    @Test
    void everyKeyMadeFromAValueIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        List<String> keys = new ArrayList<>();
        add(keys, "mentoring.kind.", ProgrammeKind.values());
        add(keys, "mentoring.format.", MentoringFormat.values());
        add(keys, "mentoring.cadence.", Cadence.values());
        add(keys, "mentoring.side.", MentoringSide.values());
        add(keys, "mentoring.sector.", SectorContext.values());
        add(keys, "mentoring.activity.", ActivityType.values());
        add(keys, "mentoring.topic.", Topic.values());
        add(keys, "mentoring.value.", ValueStatement.values());
        add(keys, "mentoring.availability.", Availability.values());
        add(keys, "mentoring.draft-status.", DraftStatus.values());
        add(keys, "mentoring.relationship-status.", RelationshipStatus.values());
        add(keys, "mentoring.criterion.", MatchCriterion.values());
        add(keys, "mentoring.request-status.", RequestStatus.values());
        add(keys, "mentoring.request-answer.", RequestAnswer.values());
        for (MatchCriterion criterion : MatchCriterion.values()) {
            switch (criterion) {
                case CROSS_CONTEXT -> List.of(0, 1, 2).forEach(d -> keys.add("mentoring.why.CROSS_CONTEXT." + d));
                case REGION -> keys.addAll(List.of("mentoring.why.REGION.same", "mentoring.why.REGION.different"));
                default -> keys.add("mentoring.why." + criterion.name());
            }
        }
        assertThat(keys.stream().filter(key -> !bundle.containsKey(key)).toList()).isEmpty();
    }

    @Test
    void everyKeyIsTheModulesAndEveryPatternIsValid() throws IOException {
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            assertThat(key).startsWith("mentoring.");
            String message = bundle.getProperty(key);
            assertThat(message).as(key).isNotBlank();
            if (message.contains("{0")) {
                new MessageFormat(message, Locale.UK);
            } else {
                assertThat(message).as(key + " has no placeholder, so it is shown as written: use one apostrophe")
                        .doesNotContain("''");
            }
        }
    }

    private static void add(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            keys.add(prefix + value.name());
        }
    }
}
