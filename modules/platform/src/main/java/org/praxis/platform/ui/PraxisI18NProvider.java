package org.praxis.platform.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * All UI text comes from here. Every module ships its own bundle, {@code i18n/<module>.properties}
 * (keys prefixed with the module name), so adding a module never edits a shared file. An adopter
 * can override any text — terminology included — with a bundle named by
 * {@code praxis.i18n.overrides} (e.g. {@code file:./config/terminology}); it is read first.
 */
@Component
public class PraxisI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(PraxisI18NProvider.class);

    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();

    public PraxisI18NProvider(@Value("${praxis.i18n.overrides:}") String overrides) {
        List<String> basenames = new ArrayList<>();
        if (!overrides.isBlank()) {
            basenames.add(overrides);
        }
        basenames.addAll(moduleBundles());
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
    }

    /** Base names of every {@code i18n/*.properties} on the classpath, without locale variants. */
    static List<String> moduleBundles() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> names = new TreeSet<>();
            for (Resource resource : resources) {
                String filename = Objects.requireNonNull(resource.getFilename());
                String base = filename.substring(0, filename.length() - ".properties".length());
                if (!base.contains("_")) {
                    names.add("classpath:i18n/" + base);
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.UK);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale);
        } catch (NoSuchMessageException e) {
            log.warn("Missing UI text for key '{}'", key);
            return key;
        }
    }

    /** Whether a text exists for the key; used by tests that check every key a module uses. */
    public boolean hasTranslation(String key) {
        return messages.getMessage(key, null, null, Locale.UK) != null;
    }
}
