package org.praxis;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * House rules that Spring Modulith does not check, written for any root package so that tests can
 * prove each rule fails on a deliberately bad fixture.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Vaadin components, routing and data binding belong in a module's {@code ui} package. */
    static ArchRule vaadinOnlyInUi(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("com.vaadin.flow.component..", "com.vaadin.flow.router..", "com.vaadin.flow.data..")
                .as("Vaadin UI classes are used only in ui packages");
    }

    /** SQL stays inside a module's {@code internal} package. */
    static ArchRule jooqOnlyInInternal(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..internal..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .as("jOOQ is used only in internal packages");
    }

    /** A module uses another module only through its {@code events} package, or the shared platform. */
    static ArchRule modulesMeetOnlyThroughEvents(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("depend on other modules only through their events package or platform") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        Optional<String> own = module(root, item.getPackageName());
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            Optional<String> other = module(root, target.getPackageName());
                            if (own.isEmpty() || other.isEmpty() || own.equals(other) || other.get().equals("platform")) {
                                continue;
                            }
                            String eventsPackage = root + "." + other.get() + ".events";
                            if (!target.getPackageName().equals(eventsPackage)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    /** The module a package belongs to: the first segment below the root. */
    private static Optional<String> module(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
