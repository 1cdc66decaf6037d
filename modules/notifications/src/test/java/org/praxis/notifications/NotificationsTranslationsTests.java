package org.praxis.notifications;

import org.junit.jupiter.api.Test;
import org.praxis.platform.Role;
import org.praxis.platform.ui.PraxisI18NProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text key the notifications module names has a text (the shared completeness test does not
 * know this module's prefix), and messages with parameters come out whole in plain words.
 */
class NotificationsTranslationsTests {

    static final Pattern KEY = Pattern.compile("\"(notifications\\.[a-z0-9.-]+[a-z0-9])\"");

    final PraxisI18NProvider texts = new PraxisI18NProvider("");

    @Test
    void everyKeyInTheModuleHasAText() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        List<Path> sources = sources();
        assertThat(sources).hasSizeGreaterThan(10);
        for (Path source : sources) {
            Matcher matcher = KEY.matcher(Files.readString(source));
            while (matcher.find()) {
                check(missing, matcher.group(1));
            }
        }
        assertThat(missing).as("UI text keys without a text").isEmpty();
    }

    @Test
    void countsReadNaturally() {
        assertThat(texts.getTranslation("notifications.bell.label", Locale.UK, 0)).isEqualTo("Notifications, none unread");
        assertThat(texts.getTranslation("notifications.bell.label", Locale.UK, 1)).isEqualTo("Notifications, 1 unread");
        assertThat(texts.getTranslation("notifications.bell.label", Locale.UK, 1234)).isEqualTo("Notifications, 1,234 unread");
        assertThat(texts.getTranslation("notifications.inbox.unread-summary", Locale.UK, 2))
                .isEqualTo("You have 2 unread notifications.");
    }

    @Test
    void everyRoleCanBeNamedInAMessage() {
        for (Role role : Role.CORE.toArray(Role[]::new)) {
            assertThat(texts.hasTranslation("platform.role." + role.name())).as(role.name()).isTrue();
        }
        assertThat(texts.getTranslation("notifications.message.role-requested", Locale.UK, "Chris", "Broker", "Praxis"))
                .isEqualTo("Chris asked to use Praxis as Broker. Please approve or decline.");
    }

    private void check(TreeSet<String> missing, String key) {
        if (!texts.hasTranslation(key)) {
            missing.add(key);
        }
    }

    private static List<Path> sources() throws IOException {
        // Tests run in the module's folder.
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            return walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
    }
}
