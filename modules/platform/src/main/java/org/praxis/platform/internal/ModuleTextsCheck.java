package org.praxis.platform.internal;

import org.praxis.platform.DeclaredRole;
import org.praxis.platform.RoleCatalogue;
import org.praxis.platform.ui.PraxisI18NProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import praxis.infrastructure.modules.BrokenModuleException;
import praxis.infrastructure.modules.ModuleRoutes;
import praxis.infrastructure.modules.PraxisModules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Once every bean is made, before the application serves anyone: every text a module needs to be shown
 * exists in the merged bundles (adopter overrides included): the {@code @PageTitle} and {@code @Menu} title
 * of each of its pages, and the name of each role it declares. All the missing keys, of every module, are
 * listed in one report, so a plugin is fixed in one go.
 */
class ModuleTextsCheck implements SmartInitializingSingleton {

    private final ObjectProvider<PraxisI18NProvider> texts;
    private final RoleCatalogue roles;
    private final ObjectProvider<ModuleRoutes> routes;

    ModuleTextsCheck(ObjectProvider<PraxisI18NProvider> texts, RoleCatalogue roles, ObjectProvider<ModuleRoutes> routes) {
        this.texts = texts;
        this.roles = roles;
        this.routes = routes;
    }

    @Override
    public void afterSingletonsInstantiated() {
        PraxisI18NProvider provider = texts.getIfAvailable();
        if (provider != null) {
            check(provider::hasTranslation, roles, routes.getIfAvailable(() -> ModuleRoutes.of(List.of())));
        }
    }

    /** Stops the start if a text is missing: every module's missing keys in one report. */
    static void check(Predicate<String> hasText, RoleCatalogue roles, ModuleRoutes routes) {
        // By module name: the keys each one lacks.
        Map<String, List<String>> missing = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (ModuleRoutes.Page page : routes.pages()) {
            labels.put(page.module().name(), page.module().label());
            if (page.pageTitle() != null && !hasText.test(page.pageTitle())) {
                add(missing, page.module().name(), page.pageTitle() + " (@PageTitle of " + page.className() + ")");
            }
            if (page.menuTitle() != null && !hasText.test(page.menuTitle())) {
                add(missing, page.module().name(), page.menuTitle() + " (@Menu title of " + page.className() + ")");
            }
        }
        for (DeclaredRole role : roles.all()) {
            if (!hasText.test(role.labelKey())) {
                add(missing, role.module(), role.labelKey() + " (name of the role " + role.role() + ")");
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        StringBuilder description = new StringBuilder("Texts that modules show are missing from the message bundles:");
        missing.forEach((module, keys) -> {
            description.append("\n").append("- the module ")
                    .append(labels.computeIfAbsent(module, PraxisModules::label))
                    .append(", bundle i18n/").append(module).append(".properties:");
            keys.forEach(key -> description.append("\n").append("    ").append(key));
        });
        throw new BrokenModuleException(description.toString(), "Add each key to its module's bundle, "
                + "i18n/<module name>.properties in the module's jar (or to the bundle named by praxis.i18n.overrides). "
                + "Without them people would see the bare keys.");
    }

    private static void add(Map<String, List<String>> missing, String module, String key) {
        missing.computeIfAbsent(module, ignored -> new ArrayList<>()).add(key);
    }
}
