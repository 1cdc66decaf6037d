package org.praxis.hub;

import org.junit.jupiter.api.Test;
import org.praxis.hub.internal.AccessibilityFeature;
import org.praxis.hub.internal.Format;
import org.praxis.hub.internal.ImportService;
import org.praxis.hub.internal.Level;
import org.praxis.hub.internal.ResourceService;
import org.praxis.hub.internal.ResourceStatus;
import org.praxis.hub.internal.Vocabulary;
import org.praxis.hub.internal.HubViews.SearchQuery;
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

/** Every Hub text key in the code, and every key built from an enum, has a text: nobody sees a raw key. */
class HubTranslationsTests {

    static final Pattern KEY = Pattern.compile("\"\\{?(hub\\.[a-z0-9.-]+[a-z0-9])}?\"");

    final PraxisI18NProvider texts = new PraxisI18NProvider("");

    @Test
    void everyHubKeyInTheCodeHasAText() throws IOException {
        Path root = Path.of("src/main/java");
        TreeSet<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path source : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    found++;
                    if (!texts.hasTranslation(matcher.group(1))) {
                        missing.add(matcher.group(1) + "  (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(200);
        assertThat(missing).as("Hub text keys without a text").isEmpty();
    }

    @Test
    void everyValueShownToPeopleHasItsLabel() {
        List<String> missing = new ArrayList<>();
        check(missing, "hub.status.", ResourceStatus.values());
        check(missing, "hub.status-explained.", ResourceStatus.values());
        check(missing, "hub.level.", Level.values());
        check(missing, "hub.format.", Format.values());
        check(missing, "hub.accessibility.", AccessibilityFeature.values());
        check(missing, "hub.vocabulary.", Vocabulary.values());
        check(missing, "hub.moderation.queue.", ResourceService.Queue.values());
        check(missing, "hub.import.outcome.", ImportService.Outcome.values());
        check(missing, "hub.library.sort.", SearchQuery.Sort.values());
        for (String action : List.of("created", "submitted", "resubmitted", "assigned", "changes-requested", "published",
                "archived", "confirmed-current", "imported", "delivered")) {
            if (!texts.hasTranslation("hub.history." + action)) {
                missing.add("hub.history." + action);
            }
        }
        for (int stars = 1; stars <= 5; stars++) {
            if (!texts.hasTranslation("hub.feedback.stars." + stars)) {
                missing.add("hub.feedback.stars." + stars);
            }
        }
        assertThat(missing).isEmpty();
    }

    private void check(List<String> missing, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            if (!texts.hasTranslation(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }
}
