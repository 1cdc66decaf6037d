package org.praxis.identity.internal;

import org.praxis.platform.PraxisUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the person signing in, with the roles granted to them, as a {@link PraxisUser}. */
@Service
class PraxisUserDetailsService implements UserDetailsService {

    private final JooqIdentityRepository repository;

    PraxisUserDetailsService(JooqIdentityRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return repository.findAccountByEmail(email)
                .filter(JooqIdentityRepository.Account::enabled)
                .map(account -> new PraxisUser(account.personId(), account.organisationId(), account.fullName(),
                        account.email(), account.passwordHash(), account.roles()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
    }
}
