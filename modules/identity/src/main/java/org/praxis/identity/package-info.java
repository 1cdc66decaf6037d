/**
 * People, organisations, accounts and roles: sign-in, self-registration with approval of elevated
 * roles, and the admin's view of who is who. Other modules learn about people through its events.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "platform")
@NullMarked
package org.praxis.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
