package praxis.infrastructure.modules;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Shows a {@link BrokenModuleException} as Spring Boot's start-up failure report ("APPLICATION FAILED TO
 * START", Description, Action) rather than a stack trace. Registered in {@code META-INF/spring.factories};
 * first among the analyzers, as nothing else knows what a Praxis module is.
 */
public class BrokenModuleFailureAnalyzer extends AbstractFailureAnalyzer<BrokenModuleException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BrokenModuleException cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
