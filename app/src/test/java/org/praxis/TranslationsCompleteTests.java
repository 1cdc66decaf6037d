package org.praxis;

import org.praxis.platform.Licence;
import org.praxis.platform.Role;

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

    /** Prefixes of shared keys that belong to no module. */
    static final List<String> SHARED_PREFIXES = List.of("error", "action", "field", "validation");

    final PraxisI18NProvider texts = new PraxisI18NProvider("");

    @Test
    void everyKeyInTheCodeHasAText() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        List<String> prefixes = new ArrayList<>(SHARED_PREFIXES);
        prefixes.addAll(bundleNames());
        // A quoted string (or a {key} validation template) that starts with a bundle's name.
        Pattern keyPattern = Pattern.compile("\"\\{?((?:" + String.join("|", prefixes) + ")\\.[a-z0-9.-]+[a-z0-9])}?\"");
        for (Path source : mainSources()) {
            Matcher matcher = keyPattern.matcher(Files.readString(source));
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
        Role.CORE.stream().map(role -> "platform.role." + role.name())
                .filter(key -> !texts.hasTranslation(key)).forEach(missing::add);
        check(missing, "identity.organisation-kind.", org.praxis.identity.events.OrganisationKind.values());
        check(missing, "requests.mode.", org.praxis.requests.events.DeliveryMode.values());
        check(missing, "requests.capacity.", org.praxis.requests.events.Capacity.values());
        check(missing, "requests.need.", org.praxis.requests.events.Need.values());
        check(missing, "requests.status.", org.praxis.requests.internal.RequestStatus.values());
        check(missing, "requests.status-explained.", org.praxis.requests.internal.RequestStatus.values());
        check(missing, "requests.history.", org.praxis.requests.internal.RequestStatus.values());
        check(missing, "platform.licence.", Licence.values());
        check(missing, "platform.licence-explained.", Licence.values());
        check(missing, "assessment.status.", org.praxis.assessment.internal.AssessmentStatus.values());
        check(missing, "assessment.route.", org.praxis.assessment.events.SupportRoute.values());
        check(missing, "assessment.urgency.", org.praxis.assessment.events.Urgency.values());
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

    /** Every module's bundle name: i18n/<name>.properties in its main resources. */
    private static List<String> bundleNames() throws IOException {
        try (Stream<Path> walk = Files.walk(root())) {
            List<String> names = walk.filter(path -> path.toString().contains("src/main/resources/i18n/"))
                    .map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .distinct().toList();
            assertThat(names).contains("platform", "requests");
            return names;
        }
    }

    private static Path root() {
        // Tests run in app/; the project root is above it.
        return Path.of("..").toAbsolutePath().normalize();
    }

    private static List<Path> mainSources() throws IOException {
        Path root = root();
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
