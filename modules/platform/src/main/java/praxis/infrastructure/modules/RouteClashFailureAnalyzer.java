package praxis.infrastructure.modules;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.InvalidRouteConfigurationException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains Vaadin's refusal of two pages with one address ("found navigation targets 'A' and 'B' having
 * the same route") in terms of modules: which modules the two pages belong to, in which jars, and what to
 * change. Other route problems are left to Spring Boot's default report.
 */
public class RouteClashFailureAnalyzer extends AbstractFailureAnalyzer<InvalidRouteConfigurationException> implements Ordered {

    private static final Pattern TWO_TARGETS = Pattern.compile("'([\\w.$]+)' and '([\\w.$]+)'");

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, InvalidRouteConfigurationException cause) {
        Matcher targets = TWO_TARGETS.matcher(String.valueOf(cause.getMessage()));
        if (!targets.find()) {
            return null;
        }
        String one = targets.group(1);
        String other = targets.group(2);
        Optional<PraxisModule> oneModule = PraxisModules.of(one);
        Optional<PraxisModule> otherModule = PraxisModules.of(other);
        String description;
        if (oneModule.isPresent() && oneModule.equals(otherModule)) {
            description = "Two pages of the module " + oneModule.get().label() + " have the same address: " + page(one)
                    + " and " + page(other) + ". Vaadin cannot tell which one to show.";
        } else {
            description = "Two modules have a page at the same address: " + page(one) + owner(oneModule) + ", and "
                    + page(other) + owner(otherModule) + ". Vaadin cannot tell which one to show.";
        }
        // A page below its module's name (@Route("learning/…") in 'learning') clashes with no other module's.
        List<String> moves = new ArrayList<>();
        suggestion(one, oneModule).ifPresent(moves::add);
        suggestion(other, otherModule).filter(move -> !moves.contains(move)).ifPresent(moves::add);
        String suggestion = moves.isEmpty() ? "" : " Pages below their module's name cannot clash with another "
                + "module's: " + String.join(", or ", moves) + ".";
        return new FailureAnalysis(description + " (Vaadin: " + cause.getMessage() + ")",
                "Change the @Route of one of the two pages." + suggestion, cause);
    }

    private static Optional<String> suggestion(String className, Optional<PraxisModule> module) {
        return module.filter(found -> !route(className).map(route -> route.equals(found.name())
                        || route.startsWith(found.name() + "/")).orElse(true))
                .map(found -> "@Route(\"" + found.name() + "/…\") in '" + found.name() + "'");
    }

    private static String owner(Optional<PraxisModule> module) {
        return module.map(found -> " of the module " + found.label()).orElse(", which is in no module's package");
    }

    /** The class and its address as written, e.g. {@code org.example.learning.ui.CoursesView (@Route("courses"))}. */
    private static String page(String className) {
        return className + route(className).map(route -> " (@Route(\"" + route + "\"))").orElse("");
    }

    private static Optional<String> route(String className) {
        try {
            Route annotation = ClassUtils.forName(className, PraxisModules.classLoader()).getAnnotation(Route.class);
            return Optional.ofNullable(annotation).map(Route::value);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
