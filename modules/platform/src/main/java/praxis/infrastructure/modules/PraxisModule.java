package praxis.infrastructure.modules;

import java.util.regex.Pattern;

/**
 * One module as its descriptor ({@code META-INF/praxis/module.properties}) declares it.
 *
 * @param name        the module's name: its schema, its migrations folder {@code db/migration/<name>},
 *                    its bundle {@code i18n/<name>.properties} and the prefix of its message keys
 * @param basePackage the package holding its {@code package-info.java}; everything of the module is below it
 * @param source      where the descriptor was found, to name the module's jar in messages
 */
public record PraxisModule(String name, String basePackage, String source) {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{1,39}");
    static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)+");

    /** The module as messages name it: its name and where it was found, e.g. {@code 'learning' (jar:file:/…/learning.jar)}. */
    public String label() {
        return "'" + name + "' (" + source + ")";
    }

    /** Whether the type lives in this module. */
    public boolean contains(String className) {
        return className.startsWith(basePackage + ".");
    }

    /** The package above the module's base package, where Spring Modulith looks for it. */
    String parentPackage() {
        return basePackage.substring(0, basePackage.lastIndexOf('.'));
    }
}
