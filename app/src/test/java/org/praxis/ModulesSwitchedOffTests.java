package org.praxis;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.praxis.app.PraxisApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import praxis.testsupport.KaribuTest;

import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other way to leave modules out (docs/assemblies.md): in the default assembly, switched off by
 * configuration. The Hub and assessment are on the classpath but leave no trace: no bean, no schema,
 * no menu entry.
 */
@SpringBootTest(classes = PraxisApplication.class, properties = "praxis.modules.disabled=hub, assessment")
class ModulesSwitchedOffTests extends KaribuTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSwitchedOffModuleHasNoBeans() {
        List<String> beans = Arrays.stream(context.getBeanDefinitionNames())
                .map(context.getBeanFactory()::getBeanDefinition)
                .map(definition -> String.valueOf(definition.getBeanClassName())).toList();
        assertThat(beans).anyMatch(type -> type.startsWith("org.praxis.requests."))
                .noneMatch(type -> type.startsWith("org.praxis.hub.") || type.startsWith("org.praxis.assessment."));
    }

    @Test
    void aSwitchedOffModuleHasNoSchema() {
        assertThat(jdbc.queryForList("select schema_name from information_schema.schemata", String.class))
                .contains("requests", "reciprocation").doesNotContain("hub", "assessment");
    }

    @Test
    void aSwitchedOffModuleHasNoMenuEntry() {
        signInAs("team@praxis.example");
        navigate("");

        List<String> menu = _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
        assertThat(menu).contains("Request queue", "Agreements").doesNotContain("Needs assessments", "Resource library", "Resources to review");
    }
}
