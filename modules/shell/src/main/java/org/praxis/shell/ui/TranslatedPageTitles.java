package org.praxis.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.PageTitleContext;
import com.vaadin.flow.router.PageTitleGenerator;
import org.praxis.platform.Branding;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Views name their {@code @PageTitle} by i18n key; the browser tab shows "Title – Praxis". */
@Component
class TranslatedPageTitles implements PageTitleGenerator {

    private final I18NProvider i18n;
    private final Branding branding;

    TranslatedPageTitles(I18NProvider i18n, Branding branding) {
        this.i18n = i18n;
        this.branding = branding;
    }

    @Override
    public String generatePageTitle(PageTitleContext context) {
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale() : i18n.getProvidedLocales().getFirst();
        return i18n.getTranslation(context.value(), locale) + " – " + branding.name();
    }
}
