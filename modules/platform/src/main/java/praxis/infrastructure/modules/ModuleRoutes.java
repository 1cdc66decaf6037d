package praxis.infrastructure.modules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The pages ({@code @Route} classes) of the application's modules, read from the class files of the module
 * packages (no class is loaded to find them), with the message keys they show: their {@code @PageTitle}
 * and {@code @Menu} title.
 */
public final class ModuleRoutes {

    /**
     * One page of a module.
     *
     * @param module    the module whose package holds it
     * @param className its class
     * @param route     its {@code @Route} value as written
     * @param pageTitle the message key of its {@code @PageTitle}, if it has one
     * @param menuTitle the message key of its {@code @Menu} title, if it is in the menu with a title
     */
    public record Page(PraxisModule module, String className, String route, @Nullable String pageTitle,
                       @Nullable String menuTitle) {
    }

    private final List<Page> pages;

    private ModuleRoutes(List<Page> pages) {
        this.pages = List.copyOf(pages);
    }

    public static ModuleRoutes of(List<Page> pages) {
        return new ModuleRoutes(pages);
    }

    public List<Page> pages() {
        return pages;
    }

    /** Reads the pages of the given modules from their packages. */
    public static ModuleRoutes scan(List<PraxisModule> modules, ResourceLoader resourceLoader, Environment environment) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false, environment);
        scanner.setResourceLoader(resourceLoader);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class, false));
        List<Page> pages = new ArrayList<>();
        for (PraxisModule module : modules) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(module.basePackage())) {
                AnnotationMetadata metadata = ((AnnotatedBeanDefinition) candidate).getMetadata();
                Map<String, @Nullable Object> route = metadata.getAnnotationAttributes(Route.class.getName());
                if (route == null || Boolean.FALSE.equals(route.get("registerAtStartup"))) {
                    continue;
                }
                pages.add(new Page(module, metadata.getClassName(), String.valueOf(route.get("value")),
                        key(metadata, PageTitle.class.getName(), "value"), key(metadata, Menu.class.getName(), "title")));
            }
        }
        pages.sort(Comparator.comparing(Page::className));
        return of(pages);
    }

    private static @Nullable String key(AnnotationMetadata metadata, String annotation, String attribute) {
        Map<String, @Nullable Object> attributes = metadata.getAnnotationAttributes(annotation);
        Object value = attributes != null ? attributes.get(attribute) : null;
        return value instanceof String text && !text.isBlank() ? text : null;
    }

    /**
     * Registers every page in a route registry of its own, as Vaadin does when the web server starts, so that
     * two pages with one address fail here, with Vaadin's own {@link com.vaadin.flow.server.InvalidRouteConfigurationException},
     * before the server starts (there, Vaadin's failure is only logged by the servlet container, and the start
     * fails with no word on why). {@link RouteClashFailureAnalyzer} explains it.
     */
    @SuppressWarnings("unchecked")
    public void checkClashes(ClassLoader classLoader) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(new ScratchContext()));
        for (Page page : pages) {
            Class<?> type = ClassUtils.resolveClassName(page.className(), classLoader);
            if (Component.class.isAssignableFrom(type)) {
                routes.setAnnotatedRoute((Class<? extends Component>) type);
            }
        }
    }

    /** The least a route registry needs: somewhere to keep its attributes. */
    private static final class ScratchContext implements VaadinContext {

        private final Map<Class<?>, Object> attributes = new ConcurrentHashMap<>();

        @Override
        public <T> T getAttribute(Class<T> type, @Nullable Supplier<T> defaultValueSupplier) {
            Object value = attributes.get(type);
            if (value == null && defaultValueSupplier != null) {
                value = defaultValueSupplier.get();
                if (value != null) {
                    attributes.put(type, value);
                }
            }
            return type.cast(value);
        }

        @Override
        public <T> void setAttribute(Class<T> clazz, @Nullable T value) {
            if (value == null) {
                attributes.remove(clazz);
            } else {
                attributes.put(clazz, value);
            }
        }

        @Override
        public void removeAttribute(Class<?> clazz) {
            attributes.remove(clazz);
        }

        @Override
        public Enumeration<String> getContextParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public @Nullable String getContextParameter(String name) {
            return null;
        }
    }
}
