package org.praxis.reciprocation;

import org.junit.jupiter.api.Test;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.platform.Licence;
import org.praxis.platform.ui.PraxisI18NProvider;
import org.praxis.reciprocation.events.ReciprocationType;
import org.praxis.reciprocation.events.Side;
import org.praxis.reciprocation.internal.AgreementStatus;
import org.praxis.reciprocation.internal.AgreementViews.Party;
import org.praxis.reciprocation.internal.ItemStatus;
import org.praxis.reciprocation.internal.LedgerViews.ExchangeKind;

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
 * Every UI text key the reciprocation module names has a text, so nobody sees a raw key (the shared
 * TranslationsCompleteTests covers other prefixes); keys built from enum names are checked value by value.
 */
class ReciprocationTranslationsTests {

    static final Pattern KEY = Pattern.compile("\"\\{?(reciprocation\\.[a-z0-9.-]+[a-z0-9])}?\"");

    final PraxisI18NProvider texts = new PraxisI18NProvider("");

    @Test
    void everyKeyInTheModuleHasAText() throws IOException {
        Path root = Path.of("src/main/java");
        TreeSet<String> missing = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("module sources found").hasSizeGreaterThan(10);
        for (Path source : sources) {
            Matcher matcher = KEY.matcher(Files.readString(source));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!texts.hasTranslation(key)) {
                    missing.add(key + "  (" + source.getFileName() + ")");
                }
            }
        }
        assertThat(missing).as("UI text keys without a text").isEmpty();
    }

    @Test
    void everyValueShownToPeopleHasItsLabel() {
        List<String> missing = new ArrayList<>();
        check(missing, "reciprocation.status.", AgreementStatus.values());
        check(missing, "reciprocation.status-explained.", AgreementStatus.values());
        check(missing, "reciprocation.item-status.", ItemStatus.values());
        check(missing, "reciprocation.route.", SupportRoute.values());
        check(missing, "reciprocation.type.", ReciprocationType.values());
        check(missing, "reciprocation.type-explained.", ReciprocationType.values());
        check(missing, "reciprocation.csv.direction.", Side.values());
        check(missing, "reciprocation.accept.explain.", Party.values());
        check(missing, "reciprocation.exchanges.kind.", ExchangeKind.values());
        check(missing, "reciprocation.exchanges.legend.", ExchangeKind.values());
        check(missing, "platform.licence.", Licence.values());
        check(missing, "platform.licence-explained.", Licence.values());
        for (String role : List.of("PROGRAMME_TEAM", "INSTITUTION_LEAD")) {
            if (!texts.hasTranslation("reciprocation.person." + role)) {
                missing.add("reciprocation.person." + role);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckNoticesAMissingKey() {
        assertThat(texts.hasTranslation("reciprocation.no-such-key")).isFalse();
        assertThat(texts.hasTranslation("reciprocation.menu.agreements")).isTrue();
    }

    private void check(List<String> missing, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            if (!texts.hasTranslation(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }
}
