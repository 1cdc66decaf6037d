package org.praxis.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The person signed in for the current request or UI session, from Spring Security.
 * Services use it for row-level checks ("a lead sees only their own organisation's records").
 */
@Component
public class CurrentUser {

    private final ObjectProvider<SecurityContextHolderStrategy> strategies;

    /**
     * Reads the security context through the same strategy as method security (Vaadin registers its
     * own), falling back to the static holder's.
     */
    public CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.strategies = strategies;
    }

    /** The signed-in person, if any. */
    public Optional<PraxisUser> get() {
        Authentication authentication = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)
                .getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PraxisUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in person; throws {@link NotSignedInException} when nobody is signed in. */
    public PraxisUser require() {
        return get().orElseThrow(NotSignedInException::new);
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }

    /** Thrown when a service that needs a person is called without one. */
    public static final class NotSignedInException extends RuntimeException {
        NotSignedInException() {
            super("Nobody is signed in");
        }
    }
}
