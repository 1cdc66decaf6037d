package org.praxis.platform;

import org.junit.jupiter.api.Test;
import org.praxis.platform.ui.PraxisI18NProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI text key named in the code has a text in some module's bundle, so nobody ever sees a raw
 * key. Keys built at run time from enum names are checked value by value.
 */
class TranslationsCompleteTests {

    /** Literal keys: a quoted string (or a {key} validation template) starting with a known prefix. */
    static final Pattern KEY = Pattern.compile(
            "\"\\{?((?:platform|identity|requests|shell|error|action|field|validation)\\.[a-z0-9.-]+[a-z0-9])}?\"");

    final PraxisI18NProvider texts = new PraxisI18NProvider("");

    @Test
    void everyKeyInTheCodeHasAText() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        for (Path source : mainSources()) {
            Matcher matcher = KEY.matcher(Files.readString(source));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!key.endsWith(".") && !texts.hasTranslation(key)) {
                    missing.add(key + "  (" + source.getFileName() + ")");
                }
            }
        }
        assertThat(missing).as("UI text keys without a text").isEmpty();
    }

    @Test
    void everyEnumShownToPeopleHasItsLabels() {
        List<String> missing = new ArrayList<>();
        check(missing, "platform.role.", Role.values());
        check(missing, "identity.organisation-kind.", org.praxis.identity.events.OrganisationKind.values());
        check(missing, "requests.mode.", org.praxis.requests.events.DeliveryMode.values());
        check(missing, "requests.capacity.", org.praxis.requests.events.Capacity.values());
        check(missing, "requests.need.", org.praxis.requests.events.Need.values());
        check(missing, "requests.status.", org.praxis.requests.internal.RequestStatus.values());
        check(missing, "requests.status-explained.", org.praxis.requests.internal.RequestStatus.values());
        check(missing, "requests.history.", org.praxis.requests.internal.RequestStatus.values());
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckNoticesAMissingKey() {
        assertThat(texts.hasTranslation("requests.no-such-key")).isFalse();
        assertThat(texts.hasTranslation("requests.menu.mine")).isTrue();
    }

    private void check(List<String> missing, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            if (!texts.hasTranslation(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }

    private static List<Path> mainSources() throws IOException {
        Path root = Path.of(System.getProperty("praxis.docs.dir", "../docs")).getParent();
        List<Path> sources = new ArrayList<>();
        for (Path tree : List.of(root.resolve("modules"), root.resolve("app/src/main/java"))) {
            try (Stream<Path> walk = Files.walk(tree)) {
                walk.filter(path -> path.toString().endsWith(".java"))
                        .filter(path -> path.toString().contains("src/main/java"))
                        .forEach(sources::add);
            }
        }
        assertThat(sources).as("main sources found").hasSizeGreaterThan(20);
        return sources;
    }
}
