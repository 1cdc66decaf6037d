package com.example.praxis.minimal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.praxis.platform.ui.DashboardWidget;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import praxis.testsupport.KaribuTest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An adopter's assembly of four modules (platform, shell, identity, requests) starts and works, and the
 * modules it leaves out leave no trace: no schema, no menu entry, no widget, no listener, and Spring
 * Modulith does not know them.
 */
@SpringBootTest(classes = MinimalPraxis.class)
class MinimalAssemblyTests extends KaribuTest {

    static final List<String> LEFT_OUT = List.of("assessment", "reciprocation", "hub", "notifications");

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void springModulithSeesOnlyTheChosenModules() {
        assertThat(ApplicationModules.of(MinimalPraxis.class).stream().map(ApplicationModule::getIdentifier)
                .map(Object::toString)).containsExactlyInAnyOrder("platform", "shell", "identity", "requests");
    }

    @Test
    void onlyTheChosenModulesHaveASchema() {
        List<String> schemas = jdbc.queryForList("select schema_name from information_schema.schemata", String.class);
        assertThat(schemas).contains("identity", "requests", "events").doesNotContainAnyElementsOf(LEFT_OUT);
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'",
                String.class)).contains("flyway_schema_history_identity", "flyway_schema_history_requests")
                .noneMatch(table -> LEFT_OUT.stream().anyMatch(table::endsWith));
    }

    @Test
    void everyBeanAndListenerComesFromAChosenModule() {
        List<String> listeners = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> found = context.getType(name);
            if (found == null || !found.getName().startsWith("org.praxis.")) {
                continue;
            }
            Class<?> type = ClassUtils.getUserClass(found);
            assertThat(type.getName()).as("bean " + name)
                    .matches("org\\.praxis\\.(platform|shell|identity|requests)\\..*");
            for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type)) {
                if (method.isAnnotationPresent(ApplicationModuleListener.class)) {
                    listeners.add(type.getSimpleName() + "." + method.getName() + "("
                            + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList() + ")");
                }
            }
        }
        assertThat(listeners).as("listeners").contains("OrganisationNames.on([OrganisationRegistered])")
                .noneMatch(listener -> listener.contains("Assessment") || listener.contains("Notification")
                        || listener.contains("Hub") || listener.contains("Agreement"));
        // Widgets are declared by @Bean methods: the class declaring each must be a chosen module's.
        List<String> widgetSources = Arrays.stream(context.getBeanNamesForType(DashboardWidget.class))
                .map(name -> context.getBeanFactory().getBeanDefinition(name).getFactoryBeanName())
                .map(factory -> ClassUtils.getUserClass(context.getType(factory)).getName()).toList();
        assertThat(widgetSources).isNotEmpty()
                .allMatch(source -> source.matches("org\\.praxis\\.(shell|identity|requests)\\..*"));
    }

    @Test
    void theProgrammeTeamSeesOnlyWhatTheChosenModulesOffer() {
        signInAs("team@praxis.example");
        navigate("");

        List<String> menu = _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
        assertThat(menu).contains("Home", "Request queue")
                .doesNotContain("Needs assessments", "Agreements", "Resource library", "Resources to review", "Ledger", "Inbox");
        List<String> cards = _find(Div.class, spec -> spec.withClasses("praxis-card")).stream()
                .map(card -> _get(card, H2.class).getText()).toList();
        assertThat(cards).isNotEmpty();
        assertThat(String.join(" ", cards)).doesNotContain("assessment", "library", "agreement");
    }
}
