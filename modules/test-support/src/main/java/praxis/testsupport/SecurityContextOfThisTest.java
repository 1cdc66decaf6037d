package praxis.testsupport;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Makes the static {@link SecurityContextHolder} use the strategy bean of this test's Spring context.
 *
 * <p>Vaadin's security configuration registers its own strategy bean, which method security in
 * that context uses, and sets it as the global one. With several cached test contexts in one JVM,
 * the global strategy may belong to another context; signing in through it would then be invisible
 * to this context's method security. Register after the Spring extension.
 */
public class SecurityContextOfThisTest implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context)
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
