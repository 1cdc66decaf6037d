package praxis.testsupport;

import org.praxis.platform.Ids;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.function.Supplier;

/** Signs people in for service and UI tests, the way the identity module does at login. */
public final class TestUsers {

    private TestUsers() {
    }

    public static PraxisUser user(String name, OrganisationId organisation, Role... roles) {
        return new PraxisUser(new PersonId(Ids.newId()), organisation, name,
                name.toLowerCase().replace(' ', '.') + "@test.example", "", Set.of(roles));
    }

    public static OrganisationId newOrganisation() {
        return new OrganisationId(Ids.newId());
    }

    /** Puts the person into the security context of the current thread. */
    public static void signIn(PraxisUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs the action as the person, then restores whoever was signed in before. */
    public static <T> T as(PraxisUser user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        signIn(user);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                signOut();
            } else {
                SecurityContextHolder.getContext().setAuthentication(previous);
            }
        }
    }

    public static void as(PraxisUser user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }
}
