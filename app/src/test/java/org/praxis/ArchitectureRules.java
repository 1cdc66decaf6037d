package org.praxis;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;
import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * House rules that Spring Modulith does not check, for modules given by their base packages (in any
 * package, plugins included), so that tests can prove each rule fails on a deliberately bad fixture.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Vaadin components, routing and data binding belong in a module's {@code ui} package. */
    static ArchRule vaadinOnlyInUi(List<String> modules) {
        return noClasses().that().resideInAnyPackage(below(modules, "")).and().resideOutsideOfPackages(below(modules, ".ui"))
                .should().dependOnClassesThat()
                .resideInAnyPackage("com.vaadin.flow.component..", "com.vaadin.flow.router..", "com.vaadin.flow.data..")
                .as("Vaadin UI classes are used only in ui packages");
    }

    /** SQL stays inside a module's {@code internal} package. */
    static ArchRule jooqOnlyInInternal(List<String> modules) {
        return noClasses().that().resideInAnyPackage(below(modules, "")).and().resideOutsideOfPackages(below(modules, ".internal"))
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .as("jOOQ is used only in internal packages");
    }

    /** A module uses another module only through its {@code events} package, or the shared platform. */
    static ArchRule modulesMeetOnlyThroughEvents(List<String> modules, String platform) {
        return classes().that().resideInAnyPackage(below(modules, ""))
                .should(new ArchCondition<>("depend on other modules only through their events package or platform") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        Optional<String> own = module(modules, item.getPackageName());
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            Optional<String> other = module(modules, target.getPackageName());
                            if (own.isEmpty() || other.isEmpty() || own.equals(other) || other.get().equals(platform)) {
                                continue;
                            }
                            if (!target.getPackageName().equals(other.get() + ".events")) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    private static String[] below(List<String> modules, String suffix) {
        return modules.stream().map(module -> module + suffix + "..").toArray(String[]::new);
    }

    /** The base package of the module a package belongs to. */
    private static Optional<String> module(List<String> modules, String packageName) {
        return modules.stream()
                .filter(module -> packageName.equals(module) || packageName.startsWith(module + "."))
                .findFirst();
    }
}
