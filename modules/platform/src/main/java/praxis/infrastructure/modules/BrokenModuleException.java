package praxis.infrastructure.modules;

/**
 * A module, core or plugin, that cannot be part of the application: two modules with one name, a
 * migration that fails, a route or role declared twice, texts missing from its bundle. It stops the
 * start; {@link BrokenModuleFailureAnalyzer} shows it as Spring Boot's "APPLICATION FAILED TO START"
 * report, with what is wrong (naming the modules and their jars) and what to change, instead of a stack
 * trace. docs/plugins.md lists every such failure.
 */
public class BrokenModuleException extends IllegalStateException {

    private final String description;
    private final String action;

    public BrokenModuleException(String description, String action) {
        this(description, action, null);
    }

    public BrokenModuleException(String description, String action, Throwable cause) {
        super(description + System.lineSeparator() + action, cause);
        this.description = description;
        this.action = action;
    }

    /** What is wrong, in plain words, naming the modules by name and jar. */
    public String description() {
        return description;
    }

    /** What to change. */
    public String action() {
        return action;
    }
}
