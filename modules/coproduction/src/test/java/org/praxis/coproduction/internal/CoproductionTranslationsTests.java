package org.praxis.coproduction.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every text the module shows is in its bundle: keys written in the sources and those made from values
 * (adjustments, formats, payment methods, statuses, notices); every key starts with the module's name; every
 * message is a valid MessageFormat pattern.
 */
class CoproductionTranslationsTests {

    static final Pattern KEY = Pattern.compile(
            "\"(coproduction\\.[a-zA-Z0-9.-]+[a-zA-Z0-9])\"|\\{(coproduction\\.[a-zA-Z0-9.-]+)}");

    static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (var in = CoproductionTranslationsTests.class.getResourceAsStream("/i18n/coproduction.properties")) {
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
        assertThat(used).hasSizeGreaterThan(100);
        Properties bundle = bundle();
        assertThat(used.stream().filter(key -> !bundle.containsKey(key)).toList()).isEmpty();
    }

    @Test
    void everyKeyMadeFromAValueIsInTheBundle() throws IOException {
        List<String> keys = new ArrayList<>(List.of("coproduction.notice.application-appointed",
                "coproduction.notice.application-not-appointed", "coproduction.role.RECRUITMENT_REVIEWER"));
        Stream.of(Adjustment.values()).forEach(v -> keys.add("coproduction.adjustment." + v.name()));
        Stream.of(AnswerFormat.values()).forEach(v -> keys.add("coproduction.format." + v.name()));
        Stream.of(PaymentMethod.values()).forEach(v -> keys.add("coproduction.payment." + v.name()));
        Stream.of(ApplicationStatus.values()).forEach(v -> keys.add("coproduction.application-status." + v.name()));
        Stream.of(ClaimStatus.values()).forEach(v -> keys.add("coproduction.claim-status." + v.name()));
        Stream.of(ClaimKind.values()).forEach(v -> keys.add("coproduction.claim-kind." + v.name()));
        Stream.of(OnboardingStep.values()).forEach(v -> keys.add("coproduction.onboarding." + v.name()));
        Stream.of(SensitiveAudience.values()).forEach(v -> keys.add("coproduction.audience." + v.name()));
        Stream.of(BenefitKind.values()).forEach(v -> keys.add("coproduction.benefit." + v.name()));
        Stream.of(CoreValue.values()).forEach(v -> {
            keys.add("coproduction.value." + v.name());
            keys.add("coproduction.value-question." + v.name());
            keys.add("coproduction.validation.pulse-score." + v.name());
        });
        Properties bundle = bundle();
        assertThat(keys.stream().filter(key -> !bundle.containsKey(key)).toList()).isEmpty();
    }

    @Test
    void everyKeyIsTheModulesAndEveryMessageAPattern() throws IOException {
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            assertThat(key).startsWith("coproduction.");
            assertThatCode(() -> new MessageFormat(bundle.getProperty(key))).as(key).doesNotThrowAnyException();
        }
    }
}
