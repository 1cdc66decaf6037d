package org.crp.learning.internal;

import org.crp.learning.events.ParticipantKind;
import org.crp.learning.events.SessionKind;
import org.junit.jupiter.api.Test;

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
 * Every text the module shows is in its bundle: the keys written in the sources, and those made from enum
 * values ({@code learning.status.<STATUS>}); every key is prefixed with the module's name; every message with
 * placeholders is a valid MessageFormat pattern.
 */
class LearningTranslationsTests {

    static final Pattern KEY = Pattern.compile("\"(learning\\.[a-zA-Z0-9.-]+[a-zA-Z0-9])\"|\\{(learning\\.[a-zA-Z0-9.-]+)}");

    static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (var in = LearningTranslationsTests.class.getResourceAsStream("/i18n/learning.properties")) {
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
        assertThat(used).hasSizeGreaterThan(200);
        Properties bundle = bundle();
        assertThat(used.stream().filter(key -> !bundle.containsKey(key)).toList()).isEmpty();
    }

    @Test
    void everyKeyMadeFromAValueIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        List<String> keys = new ArrayList<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            keys.add("learning.status." + status.name());
            keys.add("learning.status-explained." + status.name());
            if (status.isDecision()) {
                keys.add("learning.decision." + status.name());
            }
        }
        for (BursaryStatus status : BursaryStatus.values()) {
            keys.add("learning.bursary-status." + status.name());
        }
        for (FundingStatus status : FundingStatus.values()) {
            keys.add("learning.funding-status." + status.name());
        }
        for (ParticipantKind kind : ParticipantKind.values()) {
            keys.add("learning.kind." + kind.name());
        }
        for (SessionKind kind : SessionKind.values()) {
            keys.add("learning.session-kind." + kind.name());
        }
        keys.add("learning.role." + LearningRoles.FACILITATOR);
        assertThat(keys.stream().filter(key -> !bundle.containsKey(key)).toList()).isEmpty();
    }

    @Test
    void everyKeyIsTheModulesAndEveryPatternIsValid() throws IOException {
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            assertThat(key).startsWith("learning.");
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
}
